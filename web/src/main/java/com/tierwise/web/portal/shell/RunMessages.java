package com.tierwise.web.portal.shell;

import com.tierwise.tiering.Axis;
import com.tierwise.tiering.CoverageTooLowException;
import com.tierwise.tiering.TieringRunSummary;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.math.BigDecimal;
import java.util.Map;

/** How every page words a tiering run's outcome: done with its counts, or refused for coverage. */
public final class RunMessages {

  private RunMessages() {}

  public static void done(FacesContext faces, TieringRunSummary run) {
    Map<String, Long> counts = run.counts();
    PortalMessages.add(
        faces,
        FacesMessage.SEVERITY_INFO,
        PortalMessages.text(faces, "dashboard.runNow.done", run.id()),
        PortalMessages.text(
            faces,
            "dashboard.runNow.done.detail",
            run.customers(),
            counts.getOrDefault("A", 0L),
            counts.getOrDefault("B", 0L),
            counts.getOrDefault("C", 0L),
            counts.getOrDefault(TieringRunSummary.UNTIERED, 0L)));
  }

  public static void refused(FacesContext faces, CoverageTooLowException refused, BigDecimal minCoverage) {
    PortalMessages.add(
        faces,
        FacesMessage.SEVERITY_ERROR,
        PortalMessages.text(faces, "dashboard.runNow.refused"),
        PortalMessages.text(faces, "dashboard.runNow.refused." + refusedMetrics(refused), minCoverage));
  }

  /** BUSINESS, CX or BOTH: which message words the refusal. */
  public static String refusedMetrics(CoverageTooLowException refused) {
    boolean business = refused.metrics().contains(Axis.BUSINESS);
    boolean cx = refused.metrics().contains(Axis.CX);
    return business && cx ? "BOTH" : business ? Axis.BUSINESS.name() : Axis.CX.name();
  }
}
