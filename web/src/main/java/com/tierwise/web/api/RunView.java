package com.tierwise.web.api;

import com.tierwise.tiering.BandWarning;
import com.tierwise.tiering.GridCell;
import com.tierwise.tiering.Movement;
import com.tierwise.tiering.TieringRunSummary;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The JSON shape of a tiering run: id and counts (ACCEPTANCE.md) and what explains them. */
public record RunView(
    long id,
    Map<String, Long> counts,
    int policyVersion,
    Long previousRunId,
    String startedBy,
    Instant startedAt,
    Instant finishedAt,
    long customers,
    long businessKnown,
    long cxKnown,
    List<CellView> cells,
    List<Movement> movements,
    List<WarningView> warnings,
    long overridden) {

  public record CellView(
      String business, String cx, String tier, long customers, BigDecimal businessValue,
      Double businessShare, BigDecimal averageCx) {}

  public record WarningView(
      String code, String axis, String band, long expected, long actual, BigDecimal tieValue,
      Long tieCount, String message) {}

  static RunView of(TieringRunSummary run) {
    BigDecimal total = run.businessTotal();
    return new RunView(
        run.id(),
        run.counts(),
        run.policy().version(),
        run.previousRunId(),
        run.startedBy(),
        run.startedAt(),
        run.finishedAt(),
        run.customers(),
        run.businessKnown(),
        run.cxKnown(),
        run.cells().stream().map(cell -> cell(cell, total)).toList(),
        run.movements(),
        run.warnings().stream().map(RunView::warning).toList(),
        run.overridden());
  }

  private static CellView cell(GridCell cell, BigDecimal total) {
    Double share =
        total == null || total.signum() == 0 || cell.businessValue() == null
            ? null
            : cell.businessValue().doubleValue() / total.doubleValue();
    return new CellView(
        cell.business().name(),
        cell.cx().name(),
        cell.tier().name(),
        cell.customers(),
        Numbers.plain(cell.businessValue()),
        share,
        cell.averageCx());
  }

  private static WarningView warning(BandWarning warning) {
    return new WarningView(
        warning.kind().name(),
        warning.axis().name(),
        warning.band().name(),
        warning.expected(),
        warning.actual(),
        Numbers.plain(warning.tieValue()),
        warning.tieCount(),
        warning.message());
  }
}
