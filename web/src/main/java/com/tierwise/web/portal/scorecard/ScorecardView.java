package com.tierwise.web.portal.scorecard;

import com.tierwise.customer.export.ExportFormat;
import com.tierwise.organisation.scorecard.CxMetric;
import com.tierwise.organisation.scorecard.Quarter;
import com.tierwise.organisation.scorecard.Scorecard;
import com.tierwise.organisation.scorecard.ScorecardExport;
import com.tierwise.organisation.scorecard.ScorecardRefusedException;
import com.tierwise.organisation.scorecard.ScorecardRow;
import com.tierwise.organisation.scorecard.ScorecardService;
import com.tierwise.security.Role;
import com.tierwise.security.UserService;
import com.tierwise.web.portal.shell.PortalMessages;
import com.tierwise.web.portal.shell.PortalRoles;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The CX scorecard of a quarter: each team's metrics against their targets, with the accountable
 * executive, for the compensation review; analysts and administrators edit owners and targets.
 */
@Named
@ViewScoped
public class ScorecardView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Who may edit owners and targets: PUT /scorecard/... */
  static final Set<Role> EDIT = EnumSet.of(Role.ADMIN, Role.CX_ANALYST);

  /** Users listed as owner candidates at most. */
  static final int USERS = 2000;

  @EJB private ScorecardService scorecards;
  @EJB private UserService users;

  private String quarter;
  private Scorecard scorecard;
  private List<String> ownerCandidates = List.of();
  private String targetMetric = CxMetric.NPS.name();
  private String targetTeam;
  private BigDecimal target;
  private String ownerMetric = CxMetric.NPS.name();
  private String owner;

  @PostConstruct
  public void init() {
    quarter = Quarter.of(Clock.systemUTC().instant()).toString();
    load();
    if (isEditor()) {
      ownerCandidates =
          users.list(USERS, 0).stream()
              .filter(user -> user.roles().stream().anyMatch(role -> ScorecardService.OWNER_ROLES.contains(role.name())))
              .map(user -> user.username())
              .toList();
    }
  }

  public void load() {
    scorecard = scorecards.scorecard(Quarter.parse(quarter).orElseGet(() -> Quarter.of(Clock.systemUTC().instant())));
    quarter = scorecard.quarter().toString();
    if (targetTeam == null && !scorecard.teams().isEmpty()) {
      targetTeam = scorecard.teams().get(0);
    }
  }

  public boolean isEditor() {
    return PortalRoles.hasAny(FacesContext.getCurrentInstance().getExternalContext(), EDIT);
  }

  public void saveTarget() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (!isEditor()) {
      return;
    }
    try {
      scorecards.setTarget(
          CxMetric.valueOf(targetMetric), targetTeam, scorecard.quarter(), target, faces.getExternalContext().getRemoteUser());
      PortalMessages.add(faces, FacesMessage.SEVERITY_INFO, PortalMessages.text(faces, "scorecard.target.saved"), null);
      load();
    } catch (ScorecardRefusedException refused) {
      refuse(faces, refused);
    }
  }

  public void saveOwner() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (!isEditor()) {
      return;
    }
    try {
      scorecards.setOwner(CxMetric.valueOf(ownerMetric), owner, faces.getExternalContext().getRemoteUser());
      PortalMessages.add(faces, FacesMessage.SEVERITY_INFO, PortalMessages.text(faces, "metricowner.saved"), null);
      load();
    } catch (ScorecardRefusedException refused) {
      refuse(faces, refused);
    }
  }

  private static void refuse(FacesContext faces, ScorecardRefusedException refused) {
    PortalMessages.add(
        faces, FacesMessage.SEVERITY_ERROR, PortalMessages.text(faces, "scorecard.refused"),
        PortalMessages.text(faces, "common.serverSays", String.join("; ", refused.problems())));
    faces.validationFailed();
  }

  /** The quarters to choose from: this one and the seven before, newest first. */
  public List<String> getQuarters() {
    List<String> quarters = new ArrayList<>();
    Quarter q = Quarter.of(Clock.systemUTC().instant());
    for (int i = 0; i < 8; i++, q = q.previous()) {
      quarters.add(q.toString());
    }
    if (!quarters.contains(quarter)) {
      quarters.add(quarter);
    }
    return quarters;
  }

  public List<String> getMetrics() {
    return Arrays.stream(CxMetric.values()).map(CxMetric::name).toList();
  }

  public Map<CxMetric, String> getOwners() {
    return scorecards.owners();
  }

  public List<ScorecardRow> getRows() {
    return scorecard.rows();
  }

  public List<String> getTeams() {
    return scorecard.teams();
  }

  public long getMet() {
    return scorecard.met();
  }

  public long getMissed() {
    return scorecard.missed();
  }

  /** Two decimals, as in the export. */
  public BigDecimal rounded(Double value) {
    return ScorecardExport.rounded(value);
  }

  public StreamedContent getCsvExport() {
    return export(ExportFormat.CSV);
  }

  public StreamedContent getXlsxExport() {
    return export(ExportFormat.XLSX);
  }

  private StreamedContent export(ExportFormat format) {
    Scorecard card = scorecard;
    return DefaultStreamedContent.builder()
        .name("scorecard-" + card.quarter() + "." + format.extension())
        .contentType(format.contentType())
        .writer(out -> {
          try {
            ScorecardExport.write(card, format, out);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        })
        .build();
  }

  public List<String> getOwnerCandidates() {
    return ownerCandidates;
  }

  public String getQuarter() {
    return quarter;
  }

  public void setQuarter(String quarter) {
    this.quarter = quarter;
  }

  public String getTargetMetric() {
    return targetMetric;
  }

  public void setTargetMetric(String targetMetric) {
    this.targetMetric = targetMetric;
  }

  public String getTargetTeam() {
    return targetTeam;
  }

  public void setTargetTeam(String targetTeam) {
    this.targetTeam = targetTeam;
  }

  public BigDecimal getTarget() {
    return target;
  }

  public void setTarget(BigDecimal target) {
    this.target = target;
  }

  public String getOwnerMetric() {
    return ownerMetric;
  }

  public void setOwnerMetric(String ownerMetric) {
    this.ownerMetric = ownerMetric;
  }

  public String getOwner() {
    return owner;
  }

  public void setOwner(String owner) {
    this.owner = owner;
  }
}
