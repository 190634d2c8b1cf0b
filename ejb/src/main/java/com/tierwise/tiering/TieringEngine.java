package com.tierwise.tiering;

import com.tierwise.platform.Locks;
import com.tierwise.platform.SqlDialect;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
    insertAssignments(
        runId, previousRunId, policy.policy(), LocalDate.ofInstant(startedAt, ZoneOffset.UTC));

    try (Statement analyze = connection.createStatement()) {
      analyze.execute(SqlDialect.of(connection).analyze("tier_assignment"));
    }
    Aggregates totals = aggregate(runId, policy.policy());
    List<BandWarning> warnings = new ArrayList<>();
    for (Axis axis : Axis.values()) {
      long known = axis == Axis.BUSINESS ? coverage.businessKnown : coverage.cxKnown;
      for (BandWarning warning :
          BandDiagnostics.check(axis, policy.policy().cuts(axis), known, totals.bands.get(axis))) {
        warnings.add(withBoundaryTie(warning, policy.policy().cuts(axis), known));
      }
    }
    TieringRunSummary summary =
        new TieringRunSummary(
            runId,
            policy,
            previousRunId,
            startedBy,
            startedAt,
            clock.instant(),
            coverage.customers,
            coverage.businessKnown,
            coverage.cxKnown,
            coverage.businessTotal,
            totals.counts,
            totals.cells,
            totals.movements,
            warnings,
            overridesInForce(LocalDate.ofInstant(startedAt, ZoneOffset.UTC)));
    runs.complete(summary);
    return summary;
  }

  /** The customers whose tier an approved override set in this run (one row each). */
  private long overridesInForce(LocalDate runDay) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement("SELECT COUNT(*) FROM tier_override_effect WHERE expires_at >= ?")) {
      select.setDate(1, java.sql.Date.valueOf(runDay));
      try (ResultSet row = select.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
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

  /**
   * One INSERT ... SELECT over the customer table with no derived tables: H2 re-evaluates a
   * derived table per outer row, which made a run quadratic there. Band and grid expressions are
   * therefore written out inline around the window functions; both databases compute each
   * window once however often it is referenced.
   */
  private void insertAssignments(
      long runId, Long previousRunId, TieringPolicy policy, LocalDate runDay)
      throws SQLException {
    BoundSql select = new BoundSql();
    select.append("INSERT INTO tier_assignment (run_id, customer_id, business_value, cx_score,"
        + " business_percentile, cx_percentile, business_band, cx_band, computed_tier, tier,"
        + " previous_tier) SELECT ").bind(runId).append(", c.id, c.business_value, c.cx_score, ");
    select.append(percentile(Axis.BUSINESS)).append(", ").append(percentile(Axis.CX)).append(", ");
    band(select, Axis.BUSINESS, policy.businessCuts());
    select.append(", ");
    band(select, Axis.CX, policy.cxCuts());
    select.append(", ");
    tier(select, policy);
    select.append(", ");
    // An approved, unexpired override wins over the computed tier (computed_tier keeps the
    // computed one): a primary-key look-up per customer, no derived table.
    select.append("COALESCE((SELECT e.tier FROM tier_override_effect e WHERE e.customer_id = c.id"
            + " AND e.expires_at >= ").bind(runDay).append("), ");
    tier(select, policy);
    select.append(")");
    if (previousRunId == null) {
      select.append(", NULL FROM customer c");
    } else {
      // U = present in the previous run but untiered; NULL = not in it. The statement reads the
      // table it writes: statistics refreshed after every run keep this a primary-key look-up.
      select.append(", (SELECT COALESCE(p.tier, 'U') FROM tier_assignment p WHERE p.run_id = ")
          .bind(previousRunId)
          .append(" AND p.customer_id = c.id) FROM customer c");
    }
    try (PreparedStatement insert = select.prepare(connection)) {
      insert.executeUpdate();
    }
  }

  /** Customers with a strictly lower value: RANK counts ties as one position, minus one. */
  private static String lower(Axis axis) {
    String column = "c." + axis.column();
    return "(RANK() OVER (PARTITION BY CASE WHEN " + column + " IS NULL THEN 0 ELSE 1 END ORDER BY "
        + column + ") - 1)";
  }

  private static String known(Axis axis) {
    return "COUNT(c." + axis.column() + ") OVER ()";
  }

  private static String percentile(Axis axis) {
    return "CASE WHEN c." + axis.column() + " IS NULL THEN NULL WHEN " + known(axis)
        + " = 1 THEN 0E0 ELSE 100E0 * " + lower(axis) + " / (" + known(axis) + " - 1) END";
  }

  /** Exact comparison {@code 100 * lower >= cut * (known - 1)}, as {@link Cuts#bandOf}. */
  private static void band(BoundSql sql, Axis axis, Cuts cuts) {
    String scaledRank = "CASE WHEN " + known(axis) + " = 1 THEN 0 ELSE " + lower(axis) + " * 100 END";
    String denominator = "CASE WHEN " + known(axis) + " = 1 THEN 1 ELSE " + known(axis) + " - 1 END";
    sql.append("CASE WHEN c." + axis.column() + " IS NULL THEN NULL WHEN " + scaledRank
            + " >= CAST(").bind(cuts.high()).append(" AS NUMERIC(9, 4)) * " + denominator
            + " THEN 'HIGH' WHEN " + scaledRank + " >= CAST(").bind(cuts.low())
        .append(" AS NUMERIC(9, 4)) * " + denominator + " THEN 'MID' ELSE 'LOW' END");
  }

  /** The grid: a simple CASE on the business band, then on the CX band; NULL if either is. */
  private static void tier(BoundSql sql, TieringPolicy policy) {
    sql.append("CASE ");
    band(sql, Axis.BUSINESS, policy.businessCuts());
    for (Band business : Band.values()) {
      sql.append(" WHEN '" + business + "' THEN CASE ");
      band(sql, Axis.CX, policy.cxCuts());
      for (Band cx : Band.values()) {
        sql.append(" WHEN '" + cx + "' THEN ").bind(policy.tierOf(business, cx).name());
      }
      sql.append(" END");
    }
    sql.append(" END");
  }

  private record Aggregates(
      Map<String, Long> counts,
      List<GridCell> cells,
      List<Movement> movements,
      Map<Axis, Map<Band, Long>> bands) {}

  private Aggregates aggregate(long runId, TieringPolicy policy)
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
