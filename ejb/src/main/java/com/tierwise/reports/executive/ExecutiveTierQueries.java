package com.tierwise.reports.executive;

import com.tierwise.reports.ReportPeriod;
import com.tierwise.reports.executive.ExecutiveTierFigures.Cell;
import com.tierwise.reports.executive.ExecutiveTierFigures.ChangeCount;
import com.tierwise.reports.executive.ExecutiveTierFigures.Hic;
import com.tierwise.reports.executive.ExecutiveTierFigures.HicCustomer;
import com.tierwise.reports.executive.ExecutiveTierFigures.Overrides;
import com.tierwise.reports.executive.ExecutiveTierFigures.Pareto;
import com.tierwise.reports.executive.ExecutiveTierFigures.PendingOverride;
import com.tierwise.reports.executive.ExecutiveTierFigures.Reason;
import com.tierwise.reports.executive.ExecutiveTierFigures.Run;
import com.tierwise.reports.executive.ExecutiveTierFigures.TierAChange;
import com.tierwise.reports.executive.ExecutiveTierFigures.TierValue;
import com.tierwise.tiering.TieringRunRepository;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The executive tier report's figures in SQL: the run tables already hold per-run aggregates, the
 * rest are GROUP BYs and short ordered lists, so memory stays flat in the number of customers.
 */
public final class ExecutiveTierQueries {

  /** Runs shown in the trend. */
  static final int TREND_RUNS = 8;
  /** Customers listed by name in a section; the counts cover everyone. */
  static final int LISTED = 25;

  private final Connection connection;

  public ExecutiveTierQueries(Connection connection) {
    this.connection = connection;
  }

  public ExecutiveTierFigures read(ReportPeriod period) throws SQLException {
    List<Run> trend = runs();
    Run latest = trend.isEmpty() ? null : trend.get(trend.size() - 1);
    if (latest == null) {
      return new ExecutiveTierFigures(
          null, trend, List.of(), List.of(), List.of(), List.of(), overrides(period), hic(null), null);
    }
    return new ExecutiveTierFigures(
        latest,
        trend,
        grid(latest.id()),
        new TieringRunRepository(connection).movements(latest.id()),
        tierAChanges(latest.id()),
        tierAChangeCounts(latest.id()),
        overrides(period),
        hic(latest.id()),
        pareto(latest.id()));
  }

  List<Run> runs() throws SQLException {
    List<Run> runs = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT id, finished_at, customers, business_known, cx_known, count_a, count_b, count_c,"
                + " count_untiered, count_overridden FROM tiering_run ORDER BY id DESC")) {
      select.setMaxRows(TREND_RUNS);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          runs.add(
              0,
              new Run(
                  row.getLong(1), instant(row.getTimestamp(2)), row.getLong(3), row.getLong(4), row.getLong(5),
                  row.getLong(6), row.getLong(7), row.getLong(8), row.getLong(9), row.getLong(10)));
        }
      }
    }
    return runs;
  }

  List<Cell> grid(long runId) throws SQLException {
    List<Cell> cells = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT business_band, cx_band, tier, customers, business_value FROM tiering_run_cell WHERE run_id = ?")) {
      select.setLong(1, runId);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          cells.add(new Cell(row.getString(1), row.getString(2), row.getString(3), row.getLong(4), row.getBigDecimal(5)));
        }
      }
    }
    return cells;
  }

  /** Entering A: tier A now, not before. Leaving: A before, not now. */
  private static final String A_CHANGED =
      " a.run_id = ? AND ((a.tier = 'A' AND (a.previous_tier IS NULL OR a.previous_tier <> 'A'))"
          + " OR (a.previous_tier = 'A' AND (a.tier IS NULL OR a.tier <> 'A')))";

  /** An override made the change when the tier differs from the grid's. */
  private static final String BY_OVERRIDE = "COALESCE(a.tier, '-') <> COALESCE(a.computed_tier, '-')";

  List<TierAChange> tierAChanges(long runId) throws SQLException {
    List<TierAChange> changes = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT c.external_id, c.name, a.previous_tier, a.tier, CASE WHEN " + BY_OVERRIDE
                + " THEN 1 ELSE 0 END FROM tier_assignment a JOIN customer c ON c.id = a.customer_id WHERE"
                + A_CHANGED + " ORDER BY a.business_value DESC NULLS LAST, c.external_id")) {
      select.setLong(1, runId);
      select.setMaxRows(LISTED);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          String tier = row.getString(4);
          changes.add(
              new TierAChange(
                  row.getString(1), row.getString(2), "A".equals(tier), row.getString(3), tier,
                  row.getInt(5) == 1 ? Reason.OVERRIDE : Reason.DATA));
        }
      }
    }
    return changes;
  }

  List<ChangeCount> tierAChangeCounts(long runId) throws SQLException {
    List<ChangeCount> counts = new ArrayList<>();
    String entered = "CASE WHEN a.tier = 'A' THEN 1 ELSE 0 END";
    String override = "CASE WHEN " + BY_OVERRIDE + " THEN 1 ELSE 0 END";
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT " + entered + ", " + override + ", COUNT(*) FROM tier_assignment a WHERE" + A_CHANGED
                + " GROUP BY " + entered + ", " + override)) {
      select.setLong(1, runId);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          counts.add(new ChangeCount(row.getInt(1) == 1, row.getInt(2) == 1 ? Reason.OVERRIDE : Reason.DATA, row.getLong(3)));
        }
      }
    }
    return counts;
  }

  Overrides overrides(ReportPeriod period) throws SQLException {
    long approved = 0;
    long rejected = 0;
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT status, COUNT(*) FROM tier_override WHERE decided_at >= ? AND decided_at < ?"
                + " AND status IN ('APPROVED', 'REJECTED', 'EXPIRED') GROUP BY status")) {
      select.setTimestamp(1, Timestamp.from(period.from()));
      select.setTimestamp(2, Timestamp.from(period.to()));
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          if ("REJECTED".equals(row.getString(1))) {
            rejected += row.getLong(2);
          } else {
            approved += row.getLong(2);
          }
        }
      }
    }
    long pendingCount;
    try (PreparedStatement count =
            connection.prepareStatement("SELECT COUNT(*) FROM tier_override WHERE status = 'PENDING'");
        ResultSet row = count.executeQuery()) {
      row.next();
      pendingCount = row.getLong(1);
    }
    List<PendingOverride> pending = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT o.id, c.external_id, c.name, o.tier, o.reason, o.requested_by, o.requested_at"
                + " FROM tier_override o JOIN customer c ON c.id = o.customer_id WHERE o.status = 'PENDING'"
                + " ORDER BY o.requested_at, o.id")) {
      select.setMaxRows(LISTED);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          pending.add(
              new PendingOverride(
                  row.getLong(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5),
                  row.getString(6), instant(row.getTimestamp(7))));
        }
      }
    }
    return new Overrides(approved, rejected, pendingCount, pending);
  }

  Hic hic(Long runId) throws SQLException {
    long count;
    try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM customer WHERE hic = TRUE");
        ResultSet row = select.executeQuery()) {
      row.next();
      count = row.getLong(1);
    }
    List<HicCustomer> top = new ArrayList<>();
    if (count > 0) {
      try (PreparedStatement select =
          connection.prepareStatement(
              "SELECT c.external_id, c.name, a.tier, c.business_value FROM customer c"
                  + " LEFT JOIN tier_assignment a ON a.customer_id = c.id AND a.run_id = ?"
                  + " WHERE c.hic = TRUE ORDER BY c.business_value DESC NULLS LAST, c.external_id")) {
        select.setLong(1, runId == null ? -1 : runId);
        select.setMaxRows(LISTED);
        try (ResultSet row = select.executeQuery()) {
          while (row.next()) {
            top.add(new HicCustomer(row.getString(1), row.getString(2), row.getString(3), row.getBigDecimal(4)));
          }
        }
      }
    }
    return new Hic(count, top);
  }

  Pareto pareto(long runId) throws SQLException {
    List<TierValue> byTier = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT tier, SUM(customers), SUM(business_value) FROM tiering_run_cell WHERE run_id = ?"
                + " GROUP BY tier ORDER BY tier")) {
      select.setLong(1, runId);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          byTier.add(new TierValue(row.getString(1), row.getLong(2), row.getBigDecimal(3)));
        }
      }
    }
    // The top fifth by business value: percentile 80 or more (PERCENT_RANK, as the run stores it).
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT SUM(business_value), SUM(CASE WHEN business_percentile >= 80 THEN business_value ELSE 0 END),"
                + " SUM(CASE WHEN business_percentile >= 80 THEN 1 ELSE 0 END), COUNT(*)"
                + " FROM tier_assignment WHERE run_id = ? AND business_value IS NOT NULL")) {
      select.setLong(1, runId);
      try (ResultSet row = select.executeQuery()) {
        row.next();
        return new Pareto(row.getBigDecimal(1), byTier, row.getBigDecimal(2), row.getLong(3), row.getLong(4));
      }
    }
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }

  static BigDecimal zeroIfNull(BigDecimal value) {
    return value == null ? BigDecimal.ZERO : value;
  }
}
