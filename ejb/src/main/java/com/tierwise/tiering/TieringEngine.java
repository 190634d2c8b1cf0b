package com.tierwise.tiering;

import com.tierwise.platform.Locks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes a tiering run inside the database: one INSERT ... SELECT ranks every customer on both
 * axes (the number of customers strictly below it, as SQL's RANK counts them), bands both ranks
 * exactly as {@link Cuts#bandOf} does, looks the cell up in the grid and records the previous
 * run's tier beside it; one GROUP BY over the new rows then gives counts, cells and movements.
 * Nothing proportional to the number of customers is held in memory.
 */
public final class TieringEngine {

  private final Connection connection;
  private final Clock clock;

  public TieringEngine(Connection connection, Clock clock) {
    this.connection = connection;
    this.clock = clock;
  }

  /** Runs the current policy; the caller's transaction makes the whole run one unit. */
  public TieringRunSummary run(String startedBy) throws SQLException, CoverageTooLowException {
    Locks.lock(connection, Locks.TIERING_RUN);
    Instant startedAt = clock.instant();
    PolicyVersion policy = new PolicyRepository(connection).current();
    Coverage coverage = coverage();
    checkCoverage(coverage, policy.policy().minCoverage());

    TieringRunRepository runs = new TieringRunRepository(connection);
    Long previousRunId = runs.latestId().orElse(null);
    long runId = runs.insertStarted(policy.id(), previousRunId, startedBy, startedAt);
    insertAssignments(runId, previousRunId, policy.policy());

    Aggregates totals = aggregate(runId, policy.policy(), previousRunId != null);
    List<BandWarning> warnings = new ArrayList<>();
    for (Axis axis : Axis.values()) {
      long known = axis == Axis.BUSINESS ? coverage.businessKnown : coverage.cxKnown;
      for (BandWarning warning :
          BandDiagnostics.check(axis, policy.policy().cuts(axis), known, totals.bands.get(axis))) {
        warnings.add(withBoundaryTie(warning, policy.policy().cuts(axis), known));
      }
    }
    Instant finishedAt = clock.instant();
    runs.complete(
        runId,
        finishedAt,
        coverage.customers,
        coverage.businessKnown,
        coverage.cxKnown,
        coverage.businessTotal,
        totals.counts,
        totals.cells,
        totals.movements,
        warnings);
    return new TieringRunSummary(
        runId,
        policy,
        previousRunId,
        startedBy,
        startedAt,
        finishedAt,
        coverage.customers,
        coverage.businessKnown,
        coverage.cxKnown,
        coverage.businessTotal,
        totals.counts,
        totals.cells,
        totals.movements,
        warnings);
  }

  private record Coverage(long customers, long businessKnown, long cxKnown, BigDecimal businessTotal) {}

  private Coverage coverage() throws SQLException {
    try (PreparedStatement select =
            connection.prepareStatement(
                "SELECT COUNT(*), COUNT(business_value), COUNT(cx_score), SUM(business_value)"
                    + " FROM customer");
        ResultSet row = select.executeQuery()) {
      row.next();
      return new Coverage(row.getLong(1), row.getLong(2), row.getLong(3), row.getBigDecimal(4));
    }
  }

  private static void checkCoverage(Coverage coverage, BigDecimal minCoverage)
      throws CoverageTooLowException {
    if (coverage.customers == 0) {
      return;
    }
    List<Axis> missing = new ArrayList<>();
    List<String> parts = new ArrayList<>();
    for (Axis axis : Axis.values()) {
      long known = axis == Axis.BUSINESS ? coverage.businessKnown : coverage.cxKnown;
      BigDecimal share =
          BigDecimal.valueOf(known).divide(BigDecimal.valueOf(coverage.customers), 6, RoundingMode.DOWN);
      if (share.compareTo(minCoverage) < 0) {
        missing.add(axis);
        parts.add(
            axis.column() + " is known for " + known + " of " + coverage.customers
                + " customers (" + percent(share) + "%), below the policy's minimum coverage of "
                + percent(minCoverage) + "%");
      }
    }
    if (!missing.isEmpty()) {
      throw new CoverageTooLowException(
          "Tiering refused: " + String.join("; ", parts)
              + ". Complete the data first: tiering on missing data is worse than none.",
          missing);
    }
  }

  private static String percent(BigDecimal share) {
    return share.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.DOWN).toPlainString();
  }

  private void insertAssignments(long runId, Long previousRunId, TieringPolicy policy)
      throws SQLException {
    String ranked =
        "SELECT c.id, c.business_value, c.cx_score,"
            + " RANK() OVER (PARTITION BY CASE WHEN c.business_value IS NULL THEN 0 ELSE 1 END"
            + "   ORDER BY c.business_value) - 1 AS b_lower,"
            + " COUNT(c.business_value) OVER () AS b_known,"
            + " RANK() OVER (PARTITION BY CASE WHEN c.cx_score IS NULL THEN 0 ELSE 1 END"
            + "   ORDER BY c.cx_score) - 1 AS c_lower,"
            + " COUNT(c.cx_score) OVER () AS c_known"
            + " FROM customer c";
    String banded =
        "SELECT r.id, r.business_value, r.cx_score,"
            + percentileSql("r.business_value", "r.b_lower", "r.b_known") + " AS b_pct,"
            + percentileSql("r.cx_score", "r.c_lower", "r.c_known") + " AS c_pct,"
            + bandSql("r.business_value", "r.b_lower", "r.b_known") + " AS b_band,"
            + bandSql("r.cx_score", "r.c_lower", "r.c_known") + " AS c_band"
            + " FROM (" + ranked + ") r";
    StringBuilder grid = new StringBuilder("CASE");
    for (int cell = 0; cell < 9; cell++) {
      grid.append(" WHEN b.b_band = ? AND b.c_band = ? THEN ?");
    }
    grid.append(" END");
    String sql =
        "INSERT INTO tier_assignment (run_id, customer_id, business_value, cx_score,"
            + " business_percentile, cx_percentile, business_band, cx_band, computed_tier, tier,"
            + " previous_tier)"
            + " SELECT ?, g.id, g.business_value, g.cx_score, g.b_pct, g.c_pct, g.b_band, g.c_band,"
            + " g.tier, g.tier,"
            + " CASE WHEN p.customer_id IS NULL THEN NULL ELSE COALESCE(p.tier, 'U') END"
            + " FROM (SELECT b.*, " + grid + " AS tier FROM (" + banded + ") b) g"
            + " LEFT JOIN tier_assignment p ON p.run_id = ? AND p.customer_id = g.id";
    try (PreparedStatement insert = connection.prepareStatement(sql)) {
      int index = 1;
      insert.setLong(index++, runId);
      for (Band[] cell : TierGrid.cellsInOrder()) {
        insert.setString(index++, cell[0].name());
        insert.setString(index++, cell[1].name());
        insert.setString(index++, policy.tierOf(cell[0], cell[1]).name());
      }
      index = bindCuts(insert, index, policy.businessCuts());
      index = bindCuts(insert, index, policy.cxCuts());
      insert.setLong(index, previousRunId == null ? -1 : previousRunId);
      insert.executeUpdate();
    }
  }

  private static String percentileSql(String value, String lower, String known) {
    return "CASE WHEN " + value + " IS NULL THEN NULL WHEN " + known + " = 1 THEN 0E0"
        + " ELSE 100E0 * " + lower + " / (" + known + " - 1) END";
  }

  /** Exact comparison {@code 100 * lower >= cut * (known - 1)}, as {@link Cuts#bandOf}. */
  private static String bandSql(String value, String lower, String known) {
    String scaledRank = "CASE WHEN " + known + " = 1 THEN 0 ELSE " + lower + " * 100 END";
    String denominator = "CASE WHEN " + known + " = 1 THEN 1 ELSE " + known + " - 1 END";
    return "CASE WHEN " + value + " IS NULL THEN NULL"
        + " WHEN " + scaledRank + " >= CAST(? AS NUMERIC(9, 4)) * " + denominator + " THEN 'HIGH'"
        + " WHEN " + scaledRank + " >= CAST(? AS NUMERIC(9, 4)) * " + denominator + " THEN 'MID'"
        + " ELSE 'LOW' END";
  }

  /** Binds one axis's cuts in the order {@link #bandSql} uses them: HIGH's cut first. */
  private static int bindCuts(PreparedStatement statement, int index, Cuts cuts)
      throws SQLException {
    statement.setBigDecimal(index, cuts.high());
    statement.setBigDecimal(index + 1, cuts.low());
    return index + 2;
  }

  private record Aggregates(
      Map<String, Long> counts,
      List<GridCell> cells,
      List<Movement> movements,
      Map<Axis, Map<Band, Long>> bands) {}

  private Aggregates aggregate(long runId, TieringPolicy policy, boolean hadPreviousRun)
      throws SQLException {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (Tier tier : Tier.values()) {
      counts.put(tier.name(), 0L);
    }
    counts.put(TieringRunSummary.UNTIERED, 0L);
    Map<String, GridCell> cells = new LinkedHashMap<>();
    for (Band[] cell : TierGrid.cellsInOrder()) {
      cells.put(
          cell[0] + "/" + cell[1],
          new GridCell(cell[0], cell[1], policy.tierOf(cell[0], cell[1]), 0, BigDecimal.ZERO, BigDecimal.ZERO));
    }
    Map<String, Long> movements = new LinkedHashMap<>();
    Map<Axis, Map<Band, Long>> bands = new EnumMap<>(Axis.class);
    for (Axis axis : Axis.values()) {
      bands.put(axis, new EnumMap<>(Band.class));
    }
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT tier, previous_tier, business_band, cx_band, COUNT(*), SUM(business_value),"
                + " SUM(cx_score) FROM tier_assignment WHERE run_id = ?"
                + " GROUP BY tier, previous_tier, business_band, cx_band")) {
      select.setLong(1, runId);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          String tier = row.getString(1);
          String previous = row.getString(2);
          String businessBand = row.getString(3);
          String cxBand = row.getString(4);
          long customers = row.getLong(5);
          String to = tier == null ? TieringRunSummary.UNTIERED : tier;
          counts.merge(to, customers, Long::sum);
          String from =
              previous == null
                  ? Movement.NONE
                  : "U".equals(previous) ? Movement.UNTIERED : previous;
          movements.merge(from + ">" + to, customers, Long::sum);
          if (businessBand != null) {
            bands.get(Axis.BUSINESS).merge(Band.valueOf(businessBand), customers, Long::sum);
          }
          if (cxBand != null) {
            bands.get(Axis.CX).merge(Band.valueOf(cxBand), customers, Long::sum);
          }
          if (businessBand != null && cxBand != null) {
            cells.computeIfPresent(
                businessBand + "/" + cxBand,
                (key, cell) ->
                    new GridCell(
                        cell.business(),
                        cell.cx(),
                        cell.tier(),
                        cell.customers() + customers,
                        add(cell.businessValue(), row, 6),
                        add(cell.cxSum(), row, 7)));
          }
        }
      }
    }
    List<Movement> movementList = new ArrayList<>();
    movements.forEach(
        (key, customers) -> {
          String[] fromTo = key.split(">");
          movementList.add(new Movement(fromTo[0], fromTo[1], customers));
        });
    return new Aggregates(counts, new ArrayList<>(cells.values()), movementList, bands);
  }

  private static BigDecimal add(BigDecimal sum, ResultSet row, int column) {
    try {
      BigDecimal value = row.getBigDecimal(column);
      return value == null ? sum : sum.add(value);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Names the tie that moved the band's boundary: the group of equal values sitting where the cut
   * falls in sorted order. Ties push customers down (they all get the lowest percentile of their
   * group), so an empty or shrunken band lost them at its own entry cut, and a swollen band
   * gained them at the entry cut of the band above.
   */
  private BandWarning withBoundaryTie(BandWarning warning, Cuts cuts, long known)
      throws SQLException {
    Band boundaryBand =
        warning.kind() == BandWarning.Kind.SWOLLEN_BAND
            ? (warning.band() == Band.LOW ? Band.MID : warning.band() == Band.MID ? Band.HIGH : null)
            : warning.band();
    BigDecimal cut = boundaryBand == null ? null : cuts.entryCut(boundaryBand);
    if (cut == null || known < 2) {
      return warning;
    }
    // The smallest number of customers below that reaches the cut: ceil(cut * (known - 1) / 100).
    long position =
        cut.multiply(BigDecimal.valueOf(known - 1))
            .divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING)
            .longValue();
    String column = warning.axis().column();
    BigDecimal value;
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT " + column + " FROM customer WHERE " + column + " IS NOT NULL ORDER BY "
                + column + " OFFSET ? ROWS FETCH NEXT 1 ROWS ONLY")) {
      select.setLong(1, Math.min(position, known - 1));
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return warning;
        }
        value = row.getBigDecimal(1);
      }
    }
    try (PreparedStatement count =
        connection.prepareStatement("SELECT COUNT(*) FROM customer WHERE " + column + " = ?")) {
      count.setBigDecimal(1, value);
      try (ResultSet row = count.executeQuery()) {
        row.next();
        long ties = row.getLong(1);
        return ties > 1 ? warning.withTie(value, ties) : warning;
      }
    }
  }
}
