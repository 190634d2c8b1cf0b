package com.tierwise.web.portal.dashboard;

import com.tierwise.tiering.Band;
import com.tierwise.tiering.BandWarning;
import com.tierwise.tiering.GridCell;
import com.tierwise.tiering.Tier;
import com.tierwise.tiering.TieringRunSummary;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * What the dashboard shows of one tiering run: counts per tier, the 3x3 grid laid out for
 * display, the data gaps and the band warnings. Built from the run summary; serializable, so the
 * view-scoped bean may keep it in the session.
 */
public record RunOverview(
    long runId,
    Instant finishedAt,
    String startedBy,
    int policyVersion,
    long customers,
    long businessKnown,
    long cxKnown,
    List<TierCount> counts,
    List<GridRow> grid,
    List<Warning> warnings)
    implements Serializable {

  /** Tiers in display order, then the customers without a tier. */
  static final List<String> TIERS = List.of("A", "B", "C", TieringRunSummary.UNTIERED);

  static final List<Band> BUSINESS_ROWS = List.of(Band.HIGH, Band.MID, Band.LOW);
  static final List<Band> CX_COLUMNS = List.of(Band.LOW, Band.MID, Band.HIGH);

  /** How many customers a tier (or UNTIERED) holds and their share of all customers. */
  public record TierCount(String tier, long customers, double share) implements Serializable {}

  /** One business band of the grid, its cells in CX order LOW, MID, HIGH. */
  public record GridRow(Band business, List<Cell> cells) implements Serializable {}

  /**
   * One cell: its tier, customers, their share of the run's total business value (null when the
   * total is unknown or zero), their average CX score and a heat level 0-4 from its customers relative to the fullest cell.
   */
  public record Cell(
      Band business, Band cx, Tier tier, long customers, BigDecimal valueShare, BigDecimal averageCx, int heat)
      implements Serializable {}

  /** A band warning, with the facts the portal words in the user's language. */
  public record Warning(
      BandWarning.Kind kind, String axis, Band band, long expected, long actual, BigDecimal tieValue, Long tieCount)
      implements Serializable {

    public boolean hasTie() {
      return tieCount != null && tieValue != null;
    }
  }

  public static RunOverview of(TieringRunSummary run) {
    List<TierCount> counts = new ArrayList<>();
    for (String tier : TIERS) {
      long customers = run.counts().getOrDefault(tier, 0L);
      counts.add(new TierCount(tier, customers, run.customers() == 0 ? 0 : (double) customers / run.customers()));
    }
    List<Warning> warnings = new ArrayList<>();
    for (BandWarning warning : run.warnings()) {
      warnings.add(
          new Warning(
              warning.kind(),
              warning.axis().name(),
              warning.band(),
              warning.expected(),
              warning.actual(),
              warning.tieValue(),
              warning.tieCount()));
    }
    return new RunOverview(
        run.id(),
        run.finishedAt(),
        run.startedBy(),
        run.policy().version(),
        run.customers(),
        run.businessKnown(),
        run.cxKnown(),
        List.copyOf(counts),
        grid(run),
        List.copyOf(warnings));
  }

  /**
   * Rows business HIGH, MID, LOW; columns CX LOW, MID, HIGH. A cell the run did not report is
   * empty, with the tier the run's policy gives it.
   */
  static List<GridRow> grid(TieringRunSummary run) {
    long fullest = run.cells().stream().mapToLong(GridCell::customers).max().orElse(0);
    List<GridRow> rows = new ArrayList<>(3);
    for (Band business : BUSINESS_ROWS) {
      List<Cell> cells = new ArrayList<>(3);
      for (Band cx : CX_COLUMNS) {
        GridCell found =
            run.cells().stream()
                .filter(cell -> cell.business() == business && cell.cx() == cx)
                .findFirst()
                .orElse(null);
        Tier tier = found != null && found.tier() != null ? found.tier() : run.policy().policy().tierOf(business, cx);
        long customers = found == null ? 0 : found.customers();
        BigDecimal value = found == null ? null : found.businessValue();
        BigDecimal averageCx = found == null ? null : found.averageCx();
        cells.add(
            new Cell(business, cx, tier, customers, share(value, run.businessTotal()), averageCx, heat(customers, fullest)));
      }
      rows.add(new GridRow(business, List.copyOf(cells)));
    }
    return List.copyOf(rows);
  }

  static BigDecimal share(BigDecimal part, BigDecimal total) {
    if (total == null || total.signum() == 0) {
      return null;
    }
    return (part == null ? BigDecimal.ZERO : part).divide(total, MathContext.DECIMAL64);
  }

  /** 0 for an empty cell, else 1-4 by quarters of the fullest cell. */
  static int heat(long customers, long fullest) {
    if (customers <= 0 || fullest <= 0) {
      return 0;
    }
    return (int) Math.min(4, 1 + (customers * 4 - 1) / fullest);
  }

  public long businessGap() {
    return customers - businessKnown;
  }

  public long cxGap() {
    return customers - cxKnown;
  }

  public boolean hasGaps() {
    return businessGap() > 0 || cxGap() > 0;
  }

  /** For {@code f:convertDateTime}, which in Faces 4.0 takes no {@link Instant}. */
  public Date finishedDate() {
    return finishedAt == null ? null : Date.from(finishedAt);
  }
}
