package com.tierwise.web.portal.charter;

import com.tierwise.charter.AttributionReport;
import com.tierwise.charter.CellInput;
import com.tierwise.charter.CharterCell;
import com.tierwise.charter.CharterDiff;
import com.tierwise.charter.CharterRefusedException;
import com.tierwise.charter.CharterService;
import com.tierwise.charter.CharterVersion;
import com.tierwise.charter.ExperienceOwner;
import com.tierwise.charter.LifecycleStage;
import com.tierwise.charter.Segment;
import com.tierwise.charter.TargetMetric;
import com.tierwise.web.portal.shell.PortalMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The experience charter page: the effective matrix, the version being agreed (edited cell by
 * cell until the first signature, then signed by the CCBMX and the CCSX), the history with each
 * version's diff, and feedback by stage and attribution against the targets.
 */
@Named
@ViewScoped
public class CharterView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Versions listed in the history; the API pages through all. */
  static final int HISTORY = 50;

  @EJB private CharterService charter;

  private CharterVersion effective;
  private CharterVersion open;
  private List<CharterDiff.Change> openChanges;
  private List<CharterVersion> history;
  private Integer shownVersion;
  private CharterService.VersionWithDiff shownDiff;
  private int periodDays = 90;
  private AttributionReport attribution;

  // The cell being edited in the draft.
  private LifecycleStage stage = LifecycleStage.INTEREST;
  private Segment segment = Segment.HIC;
  private String experience;
  private ExperienceOwner owner = ExperienceOwner.CCBMX;
  private TargetMetric metric = TargetMetric.NPS;
  /** As typed: Latin, Arabic-Indic or Persian digits (see {@link #number}). */
  private String target;
  private String abandonReason;

  @PostConstruct
  public void init() {
    load();
  }

  public void load() {
    effective = charter.effective().orElse(null);
    open = charter.open().orElse(null);
    openChanges = List.of();
    if (open != null) {
      try {
        openChanges = charter.diff(open.number()).changes();
      } catch (CharterRefusedException e) {
        openChanges = List.of();
      }
    }
    history = charter.versions(HISTORY, 0);
    loadAttribution();
  }

  public void loadAttribution() {
    Instant now = Instant.now();
    attribution = charter.attribution(now.minus(Duration.ofDays(periodDays)), now);
  }

  public void showDiff(int number) {
    try {
      shownDiff = charter.diff(number);
      shownVersion = number;
    } catch (CharterRefusedException e) {
      refused(e);
    }
  }

  public void newDraft() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      charter.newDraft(user(faces));
      PortalMessages.add(faces, FacesMessage.SEVERITY_INFO, PortalMessages.text(faces, "charter.draftCreated"), "");
    } catch (CharterRefusedException e) {
      refused(e);
    }
    load();
  }

  /** Loads the draft's cell at the chosen stage and segment into the form (empty when there is none). */
  public void pickCell() {
    Optional<CharterCell> cell = open == null ? Optional.empty() : open.cell(stage, segment);
    experience = cell.map(CharterCell::desiredExperience).orElse(null);
    owner = cell.map(CharterCell::owner).orElse(ExperienceOwner.CCBMX);
    metric = cell.map(CharterCell::metric).orElse(TargetMetric.NPS);
    target = cell.map(c -> c.target().stripTrailingZeros().toPlainString()).orElse(null);
  }

  /** Edits a cell of the matrix shown, from a click on it. */
  public void edit(LifecycleStage stage, Segment segment) {
    this.stage = stage;
    this.segment = segment;
    pickCell();
  }

  public void saveCell() {
    replaceCell(true);
  }

  public void removeCell() {
    replaceCell(false);
  }

  private void replaceCell(boolean keep) {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (open == null) {
      return;
    }
    List<CellInput> cells = new ArrayList<>();
    for (CharterCell cell : open.cells()) {
      if (cell.stage() != stage || cell.segment() != segment) {
        cells.add(input(cell));
      }
    }
    if (keep) {
      cells.add(new CellInput(stage.name(), segment.name(), experience, owner.name(), metric.name(), number(target)));
    }
    try {
      charter.replaceCells(open.number(), cells, user(faces));
      PortalMessages.add(faces, FacesMessage.SEVERITY_INFO, PortalMessages.text(faces, keep ? "charter.cellSaved" : "charter.cellRemoved"), "");
    } catch (CharterRefusedException e) {
      refused(e);
    }
    load();
  }

  /**
   * The target as a number, whatever digits the keyboard typed (Persian ۵۰, Arabic ٥٠, Latin 50;
   * Arabic decimal separator ٫); the text itself when it is none, so the validator can quote it.
   */
  static Object number(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    StringBuilder latin = new StringBuilder();
    text.strip().codePoints().forEach(c -> {
      if (Character.isDigit(c)) {
        latin.append(Character.forDigit(Character.digit(c, 10), 10));
      } else if (c == '\u066B' || c == ',') {
        latin.append('.');
      } else if (c == '\u2212') {
        latin.append('-');
      } else {
        latin.appendCodePoint(c);
      }
    });
    try {
      return new BigDecimal(latin.toString());
    } catch (NumberFormatException e) {
      return text;
    }
  }

  private static CellInput input(CharterCell cell) {
    return new CellInput(
        cell.stage().name(), cell.segment().name(), cell.desiredExperience(), cell.owner().name(), cell.metric().name(),
        cell.target());
  }

  /** Signs the open version for a role, with the revision this page showed. */
  public void sign(String role) {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (open == null) {
      return;
    }
    ExperienceOwner as = ExperienceOwner.valueOf(role);
    try {
      CharterVersion signed = charter.sign(open.number(), user(faces), held(faces.getExternalContext()), Optional.of(as), open.revision());
      PortalMessages.add(
          faces, FacesMessage.SEVERITY_INFO,
          PortalMessages.text(faces, signed.status().open() ? "charter.signedOnce" : "charter.signedEffective", signed.number()),
          ""); // an empty detail: a null one repeats the summary
    } catch (CharterRefusedException e) {
      refused(e);
    }
    load();
  }

  /** Gives up on the open version with the reason typed beside the button. */
  public void abandon() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (open == null) {
      return;
    }
    try {
      CharterVersion abandoned = charter.abandon(open.number(), abandonReason, user(faces));
      abandonReason = null;
      PortalMessages.add(
          faces, FacesMessage.SEVERITY_INFO, PortalMessages.text(faces, "charter.abandoned", abandoned.number()), "");
    } catch (CharterRefusedException e) {
      refused(e);
    }
    load();
  }

  public String getAbandonReason() {
    return abandonReason;
  }

  public void setAbandonReason(String abandonReason) {
    this.abandonReason = abandonReason;
  }

  private void refused(CharterRefusedException e) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String key =
        switch (e.kind()) {
          case CONFLICT -> "charter.refused.conflict";
          case FORBIDDEN -> "charter.refused.forbidden";
          case NOT_FOUND -> "charter.refused.notFound";
          case INVALID -> "charter.refused.invalid";
        };
    // The service's reason is English for API clients; the portal says it in the page's language
    // and keeps the precise reason as detail.
    PortalMessages.add(faces, FacesMessage.SEVERITY_ERROR, PortalMessages.text(faces, key), String.join("; ", e.problems()));
  }

  private static Set<ExperienceOwner> held(ExternalContext external) {
    Set<ExperienceOwner> held = EnumSet.noneOf(ExperienceOwner.class);
    for (ExperienceOwner role : ExperienceOwner.values()) {
      if (external.isUserInRole(role.name())) {
        held.add(role);
      }
    }
    return held;
  }

  private static String user(FacesContext faces) {
    return faces.getExternalContext().getRemoteUser();
  }

  // ---- what the page asks ----

  public boolean isCanEdit() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    return external.isUserInRole("ADMIN") || external.isUserInRole("CX_ANALYST")
        || external.isUserInRole("CCBMX") || external.isUserInRole("CCSX");
  }

  /** Whether the signed-in user may sign the open version for this role now. */
  public boolean canSign(String role) {
    if (open == null || !open.status().open()) {
      return false;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    ExperienceOwner as = ExperienceOwner.valueOf(role);
    String user = user(faces);
    return faces.getExternalContext().isUserInRole(as.name())
        && open.signature(as).isEmpty()
        && open.signatures().stream().noneMatch(s -> s.signedBy().equals(user));
  }

  /**
   * One place of a matrix row: its cell (null when empty) and, for the open draft, how it differs
   * from the predecessor (ADDED, CHANGED, REMOVED or null).
   */
  public record Slot(LifecycleStage stage, Segment segment, CharterCell cell, String change) implements Serializable {}

  /** A row of the matrix, one slot per segment. */
  public List<Slot> slots(CharterVersion version, LifecycleStage stage) {
    boolean draft = open != null && version == open;
    List<Slot> slots = new ArrayList<>();
    for (Segment segment : Segment.values()) {
      CharterCell cell = version == null ? null : version.cell(stage, segment).orElse(null);
      String change =
          draft
              ? openChanges.stream()
                  .filter(c -> c.stage() == stage && c.segment() == segment)
                  .map(c -> c.kind().name())
                  .findFirst()
                  .orElse(null)
              : null;
      slots.add(new Slot(stage, segment, cell, change));
    }
    return slots;
  }

  /** A row of the target matrix, one result per segment. */
  public List<AttributionReport.CellResult> results(LifecycleStage stage) {
    return attribution.cells().stream().filter(c -> c.stage() == stage).toList();
  }

  public String signatureOf(CharterVersion version, String role) {
    return version.signature(ExperienceOwner.valueOf(role)).map(s -> s.signedBy()).orElse(null);
  }

  public java.util.Date signedAt(CharterVersion version, String role) {
    return version.signature(ExperienceOwner.valueOf(role)).map(s -> java.util.Date.from(s.signedAt())).orElse(null);
  }

  public List<LifecycleStage> getStages() {
    return List.of(LifecycleStage.values());
  }

  public List<Segment> getSegments() {
    return List.of(Segment.values());
  }

  public List<ExperienceOwner> getOwners() {
    return List.of(ExperienceOwner.values());
  }

  public List<TargetMetric> getMetrics() {
    return List.of(TargetMetric.values());
  }

  public List<Integer> getPeriods() {
    return List.of(30, 90, 365);
  }

  public CharterVersion getEffective() {
    return effective;
  }

  public CharterVersion getOpen() {
    return open;
  }

  public List<CharterDiff.Change> getOpenChanges() {
    return openChanges;
  }

  public List<CharterVersion> getHistory() {
    return history;
  }

  public Integer getShownVersion() {
    return shownVersion;
  }

  public CharterService.VersionWithDiff getShownDiff() {
    return shownDiff;
  }

  public AttributionReport getAttribution() {
    return attribution;
  }

  public int getPeriodDays() {
    return periodDays;
  }

  public void setPeriodDays(int periodDays) {
    this.periodDays = periodDays;
  }

  public LifecycleStage getStage() {
    return stage;
  }

  public void setStage(LifecycleStage stage) {
    this.stage = stage;
  }

  public Segment getSegment() {
    return segment;
  }

  public void setSegment(Segment segment) {
    this.segment = segment;
  }

  public String getExperience() {
    return experience;
  }

  public void setExperience(String experience) {
    this.experience = experience;
  }

  public ExperienceOwner getOwner() {
    return owner;
  }

  public void setOwner(ExperienceOwner owner) {
    this.owner = owner;
  }

  public TargetMetric getMetric() {
    return metric;
  }

  public void setMetric(TargetMetric metric) {
    this.metric = metric;
  }

  public String getTarget() {
    return target;
  }

  public void setTarget(String target) {
    this.target = target;
  }
}
