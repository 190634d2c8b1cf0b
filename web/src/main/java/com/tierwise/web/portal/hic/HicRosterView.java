package com.tierwise.web.portal.hic;

import com.tierwise.hic.Candidate;
import com.tierwise.hic.HicRefusedException;
import com.tierwise.hic.HicService;
import com.tierwise.hic.HicSignals;
import com.tierwise.hic.Membership;
import com.tierwise.hic.Nomination;
import com.tierwise.hic.NominationInput;
import com.tierwise.hic.Question;
import com.tierwise.security.Role;
import com.tierwise.web.portal.shell.PortalMessages;
import com.tierwise.web.portal.shell.PortalRoles;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.primefaces.PrimeFaces;

/**
 * The roster of high-impact customers (soonest re-review first), the candidates the data
 * suggests, and the nomination form for the roles that may nominate (POST /hic/nominations).
 */
@Named
@ViewScoped
public class HicRosterView implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int LIMIT = 1000;
  static final int CANDIDATES = 20;

  static final Set<Role> NOMINATE = EnumSet.of(Role.ADMIN, Role.ACCOUNT_MANAGER, Role.CX_ANALYST);
  static final Set<Role> SEE_CANDIDATES = EnumSet.of(Role.ADMIN, Role.ACCOUNT_MANAGER, Role.CX_ANALYST, Role.GOVERNANCE_BOARD);

  @EJB private HicService hic;

  private List<Membership> members;
  private Map<String, HicSignals> signals = Map.of();
  private long total;
  private List<Candidate> candidates = List.of();

  // The nomination form; scores as text because EL cannot see a map's value type.
  private String nominee;
  private final Map<String, String> scores = new HashMap<>();
  private final Map<String, String> explanations = new HashMap<>();
  private String uniquenessAndRisk;

  @PostConstruct
  public void init() {
    members = hic.memberships(false, LIMIT, 0);
    signals = hic.signals(LIMIT, 0);
    total = hic.countMemberships(false);
    if (PortalRoles.hasAny(FacesContext.getCurrentInstance().getExternalContext(), SEE_CANDIDATES)) {
      candidates = hic.candidates(null, CANDIDATES);
    }
  }

  /** Opens the form for a customer (a suggested candidate, or typed in). */
  public void prepare(String externalId) {
    nominee = externalId;
    scores.clear();
    explanations.clear();
    uniquenessAndRisk = null;
  }

  public void nominate() {
    FacesContext faces = FacesContext.getCurrentInstance();
    List<NominationInput.AnswerInput> answers =
        Arrays.stream(Question.values())
            .map(q -> new NominationInput.AnswerInput(q.name(), score(scores.get(q.name())), explanations.get(q.name())))
            .toList();
    try {
      Nomination created =
          hic.nominate(new NominationInput(nominee, answers, uniquenessAndRisk), faces.getExternalContext().getRemoteUser());
      PortalMessages.add(faces, FacesMessage.SEVERITY_INFO,
          PortalMessages.text(faces, "hic.nominate.done", created.externalId(), created.id()), null);
      init();
      PrimeFaces.current().ajax().addCallbackParam("nominated", true);
    } catch (HicRefusedException refused) {
      PortalMessages.add(faces, FacesMessage.SEVERITY_ERROR, PortalMessages.text(faces, "hic.nominate.refused"), null);
      for (String problem : refused.problems()) {
        PortalMessages.add(faces, FacesMessage.SEVERITY_ERROR, problem, null);
      }
      faces.validationFailed();
    }
  }

  private static Integer score(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(text.trim());
    } catch (NumberFormatException e) {
      return -1; // reported as out of range by the nomination's own check
    }
  }

  /** Why to look at this HIC now (see {@link HicSignals.Risk}); empty when nothing stands out. */
  public List<HicSignals.Risk> risks(Membership member) {
    HicSignals signal = signals.get(member.externalId());
    return signal == null ? List.of() : signal.risks(Instant.now());
  }

  /** The score of their latest survey answer, or null. */
  public Integer lastScore(Membership member) {
    HicSignals signal = signals.get(member.externalId());
    return signal == null ? null : signal.lastScore();
  }


  public boolean due(Membership member) {
    return member.reviewDue(LocalDate.now(ZoneOffset.UTC));
  }

  public boolean isCanNominate() {
    return PortalRoles.hasAny(FacesContext.getCurrentInstance().getExternalContext(), NOMINATE);
  }

  public List<Question> getQuestions() {
    return List.of(Question.values());
  }

  public List<Membership> getMembers() {
    return members;
  }

  public long getTotal() {
    return total;
  }

  public List<Candidate> getCandidates() {
    return candidates;
  }

  public String getNominee() {
    return nominee;
  }

  public void setNominee(String nominee) {
    this.nominee = nominee;
  }

  public Map<String, String> getScores() {
    return scores;
  }

  public Map<String, String> getExplanations() {
    return explanations;
  }

  public String getUniquenessAndRisk() {
    return uniquenessAndRisk;
  }

  public void setUniquenessAndRisk(String uniquenessAndRisk) {
    this.uniquenessAndRisk = uniquenessAndRisk;
  }
}
