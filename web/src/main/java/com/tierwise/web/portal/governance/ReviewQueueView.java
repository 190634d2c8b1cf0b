package com.tierwise.web.portal.governance;

import com.tierwise.hic.HicRefusedException;
import com.tierwise.hic.HicService;
import com.tierwise.hic.Membership;
import com.tierwise.hic.Nomination;
import com.tierwise.hic.NominationStatus;
import com.tierwise.override.OverrideRefusedException;
import com.tierwise.override.OverrideService;
import com.tierwise.override.OverrideStatus;
import com.tierwise.override.TierOverride;
import com.tierwise.web.portal.shell.PortalMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The governance board's review queue: pending overrides, pending HIC nominations and due HIC
 * re-reviews, each decided with a comment (approve, reject, ask for information; confirm or
 * revoke). The services check again who may decide what (maker-checker, races).
 */
@Named
@ViewScoped
public class ReviewQueueView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Items listed per kind; the queue of a working board is far shorter. */
  static final int LIMIT = 500;

  public enum Kind {
    ALL,
    OVERRIDES,
    NOMINATIONS,
    REVIEWS
  }

  @EJB private OverrideService overrides;
  @EJB private HicService hic;

  private Kind kind = Kind.ALL;
  private String customer;
  private final Map<String, String> comments = new HashMap<>();
  private List<TierOverride> pendingOverrides = List.of();
  private List<Nomination> pendingNominations = List.of();
  private List<Membership> dueReviews = List.of();

  @PostConstruct
  public void init() {
    load();
  }

  public void load() {
    pendingOverrides = overrides.list(OverrideStatus.PENDING, LIMIT, 0).stream()
        .filter(o -> matches(o.externalId()) || matches(o.demoteExternalId())).toList();
    pendingNominations = hic.nominations(NominationStatus.PENDING, null, LIMIT, 0).stream()
        .filter(n -> matches(n.externalId())).toList();
    dueReviews = hic.memberships(true, LIMIT, 0).stream().filter(m -> matches(m.externalId())).toList();
  }

  private boolean matches(String externalId) {
    if (customer == null || customer.isBlank()) {
      return true;
    }
    return externalId != null
        && externalId.toLowerCase(Locale.ROOT).contains(customer.trim().toLowerCase(Locale.ROOT));
  }

  public void decideOverride(long id, String decision) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String comment = comments.remove("o" + id);
    try {
      TierOverride decided = overrides.decide(id, decision, comment, user(faces));
      done(faces, PortalMessages.text(faces, "queue.override.done", id, status(faces, decided.status().name())));
    } catch (OverrideRefusedException refused) {
      refused(faces, PortalMessages.text(faces, "queue.override.refused", id), refused.getMessage());
    }
    load();
  }

  public void decideNomination(long id, String decision) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String comment = comments.remove("n" + id);
    try {
      Nomination decided = hic.decide(id, decision, comment, user(faces));
      done(faces, PortalMessages.text(faces, "queue.nomination.done", id, status(faces, decided.status().name())));
    } catch (HicRefusedException refused) {
      refused(faces, PortalMessages.text(faces, "queue.nomination.refused", id), refused.getMessage());
    }
    load();
  }

  public void review(String externalId, String decision) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String comment = comments.remove("r" + externalId);
    try {
      hic.review(externalId, decision, comment, user(faces));
      done(faces, PortalMessages.text(faces, "queue.review.done." + decision, externalId));
    } catch (HicRefusedException refused) {
      refused(faces, PortalMessages.text(faces, "queue.review.refused", externalId), refused.getMessage());
    }
    load();
  }

  private static String status(FacesContext faces, String status) {
    return PortalMessages.text(faces, "status." + status);
  }

  private static void done(FacesContext faces, String summary) {
    PortalMessages.add(faces, FacesMessage.SEVERITY_INFO, summary, null);
  }

  private static void refused(FacesContext faces, String summary, String reason) {
    PortalMessages.add(
        faces, FacesMessage.SEVERITY_ERROR, summary, PortalMessages.text(faces, "common.serverSays", reason));
  }

  private static String user(FacesContext faces) {
    return faces.getExternalContext().getRemoteUser();
  }

  public boolean isShowOverrides() {
    return kind == Kind.ALL || kind == Kind.OVERRIDES;
  }

  public boolean isShowNominations() {
    return kind == Kind.ALL || kind == Kind.NOMINATIONS;
  }

  public boolean isShowReviews() {
    return kind == Kind.ALL || kind == Kind.REVIEWS;
  }

  public Kind[] getKinds() {
    return Kind.values();
  }

  public Kind getKind() {
    return kind;
  }

  public void setKind(Kind kind) {
    this.kind = kind == null ? Kind.ALL : kind;
  }

  public String getCustomer() {
    return customer;
  }

  public void setCustomer(String customer) {
    this.customer = customer;
  }

  public Map<String, String> getComments() {
    return comments;
  }

  public List<TierOverride> getPendingOverrides() {
    return pendingOverrides;
  }

  public List<Nomination> getPendingNominations() {
    return pendingNominations;
  }

  public List<Membership> getDueReviews() {
    return dueReviews;
  }
}
