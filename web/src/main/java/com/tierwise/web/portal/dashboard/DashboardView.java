package com.tierwise.web.portal.dashboard;

import com.tierwise.customer.CustomerService;
import com.tierwise.customer.OwnerGap;
import com.tierwise.tiering.CoverageTooLowException;
import com.tierwise.tiering.Movement;
import com.tierwise.tiering.ParetoCurve;
import com.tierwise.tiering.TieringInsights;
import com.tierwise.tiering.TieringRunSummary;
import com.tierwise.tiering.TieringService;
import com.tierwise.web.portal.policy.MovementMatrix;
import com.tierwise.web.portal.shell.PortalMessages;
import com.tierwise.web.portal.shell.PortalRoles;
import com.tierwise.web.portal.shell.RunMessages;
import com.tierwise.web.portal.shell.SupportedLocales;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The dashboard: the latest tiering run at a glance, and "Run tiering now" for those allowed. */
@Named
@ViewScoped
public class DashboardView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private TieringService tiering;
  @EJB private TieringInsights insights;
  @EJB private CustomerService customers;

  /** Owners listed under the data gaps; the rest are in the customer list. */
  static final int GAP_OWNERS = 10;

  private boolean maySeeRuns;
  private boolean mayRun;
  private RunOverview run;
  private String chart;
  private MovementMatrix movements;
  private boolean firstRun;
  private ParetoCurve pareto;
  private String paretoChart;
  private List<OwnerGap> gaps;

  @PostConstruct
  public void init() {
    FacesContext faces = FacesContext.getCurrentInstance();
    maySeeRuns = PortalRoles.hasAny(faces.getExternalContext(), PortalRoles.SEE_RUNS);
    mayRun = PortalRoles.hasAny(faces.getExternalContext(), PortalRoles.RUN_TIERING);
    if (maySeeRuns) {
      show(faces, tiering.latestRun().orElse(null));
    }
  }

  public void runNow() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (!PortalRoles.hasAny(faces.getExternalContext(), PortalRoles.RUN_TIERING)) {
      PortalMessages.add(
          faces, FacesMessage.SEVERITY_ERROR, PortalMessages.text(faces, "dashboard.runNow.forbidden"), null);
      return;
    }
    try {
      TieringRunSummary done = tiering.run(faces.getExternalContext().getRemoteUser());
      show(faces, done);
      RunMessages.done(faces, done);
    } catch (CoverageTooLowException refused) {
      RunMessages.refused(faces, refused, tiering.currentPolicy().policy().minCoverage());
    }
  }

  private void show(FacesContext faces, TieringRunSummary summary) {
    if (summary == null) {
      run = null;
      chart = null;
      return;
    }
    run = RunOverview.of(summary);
    movements = MovementMatrix.of(summary.movements());
    firstRun = summary.movements().stream().allMatch(movement -> Movement.NONE.equals(movement.from()));
    pareto = insights.pareto(summary.id());
    boolean rightToLeft = SupportedLocales.isRightToLeft(PortalMessages.locale(faces));
    paretoChart =
        pareto.points().isEmpty()
            ? null
            : ParetoChart.line(
                pareto,
                PortalMessages.text(faces, "dashboard.pareto.dataset"),
                PortalMessages.text(faces, "dashboard.pareto.mark"),
                PortalMessages.locale(faces),
                rightToLeft);
    gaps = run.hasGaps() ? customers.gapsByOwner(GAP_OWNERS) : List.of();
    Map<String, String> labels = new LinkedHashMap<>();
    for (String tier : RunOverview.TIERS) {
      labels.put(tier, PortalMessages.text(faces, "tier." + tier));
    }
    chart =
        TierChart.bar(
            run.counts(),
            labels,
            PortalMessages.text(faces, "dashboard.chart.dataset"),
            PortalMessages.locale(faces),
            SupportedLocales.isRightToLeft(PortalMessages.locale(faces)));
  }

  public boolean isMaySeeRuns() {
    return maySeeRuns;
  }

  public boolean isMayRun() {
    return mayRun;
  }

  /** The latest run, or null when there is none yet (or the user may not see runs). */
  public RunOverview getRun() {
    return run;
  }

  public String getChart() {
    return chart;
  }

  /** Tier movements since the previous run (all from "none" after the first run). */
  public MovementMatrix getMovements() {
    return movements;
  }

  public boolean isFirstRun() {
    return firstRun;
  }

  public ParetoCurve getPareto() {
    return pareto;
  }

  public String getParetoChart() {
    return paretoChart;
  }

  public List<OwnerGap> getGaps() {
    return gaps;
  }
}
