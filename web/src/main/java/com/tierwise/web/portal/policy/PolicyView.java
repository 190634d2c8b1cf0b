package com.tierwise.web.portal.policy;

import com.tierwise.tiering.CoverageTooLowException;
import com.tierwise.tiering.Mover;
import com.tierwise.tiering.PolicyInvalidException;
import com.tierwise.tiering.PolicyVersion;
import com.tierwise.tiering.Simulation;
import com.tierwise.tiering.TieringRunSummary;
import com.tierwise.tiering.TieringService;
import com.tierwise.web.portal.dashboard.RunOverview;
import com.tierwise.web.portal.policy.HistoryRows.RunRow;
import com.tierwise.web.portal.policy.HistoryRows.VersionRow;
import com.tierwise.web.portal.shell.PortalMessages;
import com.tierwise.web.portal.shell.PortalRoles;
import com.tierwise.web.portal.shell.RunMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * The tiering policy: edit cuts and grid, see what they would do (what-if) before saving a new
 * version, run tiering, and the history of runs and versions. Viewing is for the roles that see
 * runs; editing, what-if and running for administrators and CX analysts.
 */
@Named
@ViewScoped
public class PolicyView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Movers listed under a what-if; the total is shown beside them. */
  static final int MOVER_LIMIT = 100;

  private static final int HISTORY = 20;

  @EJB private TieringService tiering;

  private boolean mayEdit;
  private PolicyVersion current;
  private PolicyForm form;
  private MovementMatrix matrix;
  private List<MovementMatrix.TierCount> counts;
  private RunOverview whatIf;
  private List<Mover> movers;
  private long moverCount;
  private List<RunRow> runs;
  private List<VersionRow> versions;

  @PostConstruct
  public void init() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (!PortalRoles.hasAny(faces.getExternalContext(), PortalRoles.SEE_POLICY)) {
      forbid(faces);
      return;
    }
    mayEdit = PortalRoles.hasAny(faces.getExternalContext(), PortalRoles.EDIT_POLICY);
    current = tiering.currentPolicy();
    form = PolicyForm.of(current.policy());
    loadHistory();
  }

  public void simulate() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (!allowedToEdit(faces)) {
      return;
    }
    try {
      Simulation simulation =
          tiering.simulate(form.toPolicy(), faces.getExternalContext().getRemoteUser(), MOVER_LIMIT);
      TieringRunSummary after = simulation.run();
      matrix = MovementMatrix.of(after.movements());
      counts = MovementMatrix.counts(tiering.latestRun().orElse(null), after);
      whatIf = RunOverview.of(after);
      movers = simulation.movers();
      moverCount = simulation.moverCount();
      PortalMessages.add(
          faces,
          FacesMessage.SEVERITY_INFO,
          PortalMessages.text(faces, "policy.whatIf.done"),
          PortalMessages.text(faces, "policy.whatIf.done.detail", moverCount));
    } catch (PolicyInvalidException invalid) {
      refuseInvalid(faces, invalid);
    } catch (CoverageTooLowException refused) {
      RunMessages.refused(faces, refused, form.toPolicy().minCoverage());
    }
  }

  public void save() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (!allowedToEdit(faces)) {
      return;
    }
    try {
      current = tiering.savePolicy(form.toPolicy(), faces.getExternalContext().getRemoteUser());
      form = PolicyForm.of(current.policy());
      loadHistory();
      PortalMessages.add(
          faces,
          FacesMessage.SEVERITY_INFO,
          PortalMessages.text(faces, "policy.save.done", current.version()),
          PortalMessages.text(faces, "policy.save.done.detail"));
    } catch (PolicyInvalidException invalid) {
      refuseInvalid(faces, invalid);
    }
  }

  public void runNow() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (!allowedToEdit(faces)) {
      return;
    }
    try {
      TieringRunSummary done = tiering.run(faces.getExternalContext().getRemoteUser());
      loadHistory();
      RunMessages.done(faces, done);
    } catch (CoverageTooLowException refused) {
      RunMessages.refused(faces, refused, current.policy().minCoverage());
    }
  }

  private boolean allowedToEdit(FacesContext faces) {
    if (!PortalRoles.hasAny(faces.getExternalContext(), PortalRoles.EDIT_POLICY)) {
      PortalMessages.add(
          faces, FacesMessage.SEVERITY_ERROR, PortalMessages.text(faces, "policy.forbidden"), null);
      return false;
    }
    if (form.cutsOutOfOrder()) {
      PortalMessages.add(
          faces,
          FacesMessage.SEVERITY_ERROR,
          PortalMessages.text(faces, "policy.invalid"),
          PortalMessages.text(faces, "policy.invalid.order"));
      faces.validationFailed();
      return false;
    }
    return true;
  }

  private void refuseInvalid(FacesContext faces, PolicyInvalidException invalid) {
    PortalMessages.add(
        faces,
        FacesMessage.SEVERITY_ERROR,
        PortalMessages.text(faces, "policy.invalid"),
        PortalMessages.text(faces, "common.serverSays", String.join("; ", invalid.problems())));
    faces.validationFailed();
  }


  private void loadHistory() {
    runs = tiering.runs(HISTORY, 0).stream().map(RunRow::of).toList();
    versions = tiering.policyHistory(HISTORY, 0).stream().map(VersionRow::of).toList();
  }

  private static void forbid(FacesContext faces) {
    try {
      faces.getExternalContext().responseSendError(403, PortalMessages.text(faces, "error.403.heading"));
      faces.responseComplete();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  public boolean isMayEdit() {
    return mayEdit;
  }

  public PolicyVersion getCurrent() {
    return current;
  }

  public PolicyForm getForm() {
    return form;
  }

  /** The what-if's movement matrix, or null before the first what-if. */
  public MovementMatrix getMatrix() {
    return matrix;
  }

  public List<MovementMatrix.TierCount> getCounts() {
    return counts;
  }

  /** The what-if's run, for its band warnings; null before the first what-if. */
  public RunOverview getWhatIf() {
    return whatIf;
  }

  public List<Mover> getMovers() {
    return movers;
  }

  public long getMoverCount() {
    return moverCount;
  }

  public int getMoverLimit() {
    return MOVER_LIMIT;
  }

  public List<RunRow> getRuns() {
    return runs;
  }

  public List<VersionRow> getVersions() {
    return versions;
  }
}
