package com.tierwise.tiering;

import com.tierwise.customer.csv.CsvCells;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Tiering runs, their cells, movements, warnings and assignments in the database. */
public final class TieringRunRepository {

  private final Connection connection;

  public TieringRunRepository(Connection connection) {
    this.connection = connection;
  }

  public Optional<Long> latestId() throws SQLException {
    try (PreparedStatement select = connection.prepareStatement("SELECT MAX(id) FROM tiering_run");
        ResultSet row = select.executeQuery()) {
      row.next();
      long id = row.getLong(1);
      return row.wasNull() ? Optional.empty() : Optional.of(id);
    }
  }

  long insertStarted(long policyId, Long previousRunId, String startedBy, Instant startedAt)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO tiering_run (policy_id, previous_run_id, started_by, started_at,"
                + " finished_at, customers, business_known, cx_known, count_a, count_b, count_c,"
                + " count_untiered) VALUES (?, ?, ?, ?, ?, 0, 0, 0, 0, 0, 0, 0)",
            new String[] {"id"})) {
      insert.setLong(1, policyId);
      if (previousRunId == null) {
        insert.setNull(2, Types.BIGINT);
      } else {
        insert.setLong(2, previousRunId);
      }
      insert.setString(3, startedBy);
      insert.setTimestamp(4, Timestamp.from(startedAt));
      insert.setTimestamp(5, Timestamp.from(startedAt));
      insert.executeUpdate();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  /** Records the run's figures on the row {@link #insertStarted} created. */
  void complete(TieringRunSummary run) throws SQLException {
    long runId = run.id();
    Map<String, Long> counts = run.counts();
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE tiering_run SET finished_at = ?, customers = ?, business_known = ?,"
                + " cx_known = ?, count_a = ?, count_b = ?, count_c = ?, count_untiered = ?,"
                + " business_total = ?, count_overridden = ? WHERE id = ?")) {
      update.setTimestamp(1, Timestamp.from(run.finishedAt()));
      update.setLong(2, run.customers());
      update.setLong(3, run.businessKnown());
      update.setLong(4, run.cxKnown());
      update.setLong(5, counts.get("A"));
      update.setLong(6, counts.get("B"));
      update.setLong(7, counts.get("C"));
      update.setLong(8, counts.get(TieringRunSummary.UNTIERED));
      update.setBigDecimal(9, run.businessTotal());
      update.setLong(10, run.overridden());
      update.setLong(11, runId);
      update.executeUpdate();
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO tiering_run_cell (run_id, business_band, cx_band, tier, customers,"
                + " business_value, cx_sum) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      for (GridCell cell : run.cells()) {
        insert.setLong(1, runId);
        insert.setString(2, cell.business().name());
        insert.setString(3, cell.cx().name());
        insert.setString(4, cell.tier().name());
        insert.setLong(5, cell.customers());
        insert.setBigDecimal(6, cell.businessValue());
        insert.setBigDecimal(7, cell.cxSum());
        insert.addBatch();
      }
      insert.executeBatch();
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO tiering_run_movement (run_id, from_tier, to_tier, customers)"
                + " VALUES (?, ?, ?, ?)")) {
      for (Movement movement : run.movements()) {
        insert.setLong(1, runId);
        insert.setString(2, movement.from());
        insert.setString(3, movement.to());
        insert.setLong(4, movement.customers());
        insert.addBatch();
      }
      insert.executeBatch();
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO tiering_run_warning (run_id, position, code, axis, band, expected_count,"
                + " actual_count, tie_value, tie_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int position = 0;
      for (BandWarning warning : run.warnings()) {
        insert.setLong(1, runId);
        insert.setInt(2, position++);
        insert.setString(3, warning.kind().name());
        insert.setString(4, warning.axis().name());
        insert.setString(5, warning.band().name());
        insert.setLong(6, warning.expected());
        insert.setLong(7, warning.actual());
        insert.setBigDecimal(8, warning.tieValue());
        if (warning.tieCount() == null) {
          insert.setNull(9, Types.BIGINT);
        } else {
          insert.setLong(9, warning.tieCount());
        }
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  public boolean exists(long id) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM tiering_run WHERE id = ?")) {
      select.setLong(1, id);
      try (ResultSet row = select.executeQuery()) {
        return row.next();
      }
    }
  }

  public long count() throws SQLException {
    try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM tiering_run");
        ResultSet row = select.executeQuery()) {
      row.next();
      return row.getLong(1);
    }
  }

  /** Runs, newest first. */
  public List<TieringRunSummary> list(int limit, int offset) throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT id FROM tiering_run ORDER BY id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
      select.setInt(1, offset);
      select.setInt(2, limit);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          ids.add(row.getLong(1));
        }
      }
    }
    List<TieringRunSummary> runs = new ArrayList<>(ids.size());
    for (long id : ids) {
      find(id).ifPresent(runs::add);
    }
    return runs;
  }

  public Optional<TieringRunSummary> find(long id) throws SQLException {
    long policyId;
    Long previousRunId;
    String startedBy;
    Instant startedAt;
    Instant finishedAt;
    long customers;
    long businessKnown;
    long cxKnown;
    BigDecimal businessTotal;
    long overridden;
    Map<String, Long> counts = new LinkedHashMap<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT policy_id, previous_run_id, started_by, started_at, finished_at, customers,"
                + " business_known, cx_known, count_a, count_b, count_c, count_untiered,"
                + " business_total, count_overridden FROM tiering_run WHERE id = ?")) {
      select.setLong(1, id);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        policyId = row.getLong(1);
        long previous = row.getLong(2);
        previousRunId = row.wasNull() ? null : previous;
        startedBy = row.getString(3);
        startedAt = row.getTimestamp(4).toInstant();
        finishedAt = row.getTimestamp(5).toInstant();
        customers = row.getLong(6);
        businessKnown = row.getLong(7);
        cxKnown = row.getLong(8);
        counts.put("A", row.getLong(9));
        counts.put("B", row.getLong(10));
        counts.put("C", row.getLong(11));
        counts.put(TieringRunSummary.UNTIERED, row.getLong(12));
        businessTotal = row.getBigDecimal(13);
        overridden = row.getLong(14);
      }
    }
    PolicyVersion policy =
        new PolicyRepository(connection)
            .byId(policyId)
            .orElseThrow(() -> new IllegalStateException("Run " + id + " lost its policy"));
    return Optional.of(
        new TieringRunSummary(
            id,
            policy,
            previousRunId,
            startedBy,
            startedAt,
            finishedAt,
            customers,
            businessKnown,
            cxKnown,
            businessTotal,
            counts,
            cells(id),
            movements(id),
            warnings(id),
            overridden));
  }

  private List<GridCell> cells(long runId) throws SQLException {
    Map<String, GridCell> byKey = new LinkedHashMap<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT business_band, cx_band, tier, customers, business_value, cx_sum"
                + " FROM tiering_run_cell WHERE run_id = ?")) {
      select.setLong(1, runId);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          GridCell cell =
              new GridCell(
                  Band.valueOf(row.getString(1)),
                  Band.valueOf(row.getString(2)),
                  Tier.valueOf(row.getString(3)),
                  row.getLong(4),
                  row.getBigDecimal(5),
                  row.getBigDecimal(6));
          byKey.put(cell.business() + "/" + cell.cx(), cell);
        }
      }
    }
    List<GridCell> ordered = new ArrayList<>(9);
    for (Band[] key : TierGrid.cellsInOrder()) {
      GridCell cell = byKey.get(key[0] + "/" + key[1]);
      if (cell != null) {
        ordered.add(cell);
      }
    }
    return ordered;
  }

  /** Customers per (previous tier, tier) pair of the run, as the run recorded them. */
  public List<Movement> movements(long runId) throws SQLException {
    List<Movement> movements = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT from_tier, to_tier, customers FROM tiering_run_movement WHERE run_id = ?"
                + " ORDER BY from_tier, to_tier")) {
      select.setLong(1, runId);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          movements.add(new Movement(row.getString(1), row.getString(2), row.getLong(3)));
        }
      }
    }
    return movements;
  }

  private List<BandWarning> warnings(long runId) throws SQLException {
    List<BandWarning> warnings = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT code, axis, band, expected_count, actual_count, tie_value, tie_count"
                + " FROM tiering_run_warning WHERE run_id = ? ORDER BY position")) {
      select.setLong(1, runId);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          long tieCount = row.getLong(7);
          warnings.add(
              new BandWarning(
                  BandWarning.Kind.valueOf(row.getString(1)),
                  Axis.valueOf(row.getString(2)),
                  Band.valueOf(row.getString(3)),
                  row.getLong(4),
                  row.getLong(5),
                  row.getBigDecimal(6),
                  row.wasNull() ? null : tieCount));
        }
      }
    }
    return warnings;
  }

  /**
   * Writes {@code external_id,tier,business_percentile,cx_percentile}, one row per customer of
   * the run, streaming from the database.
   */
  public void writeAssignmentsCsv(long runId, Writer out) throws SQLException, IOException {
    out.write("external_id,tier,business_percentile,cx_percentile\n");
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT c.external_id, a.tier, a.business_percentile, a.cx_percentile"
                + " FROM tier_assignment a JOIN customer c ON c.id = a.customer_id"
                + " WHERE a.run_id = ? ORDER BY a.customer_id")) {
      select.setLong(1, runId);
      select.setFetchSize(5_000);
      try (ResultSet row = select.executeQuery()) {
        StringBuilder line = new StringBuilder(96);
        while (row.next()) {
          line.setLength(0);
          // an external id such as =HYPERLINK(...) must not run as a formula in a spreadsheet
          line.append(csv(CsvCells.formulaSafe(row.getString(1)))).append(',');
          String tier = row.getString(2);
          line.append(tier == null ? "" : tier).append(',');
          appendPercentile(line, row, 3);
          line.append(',');
          appendPercentile(line, row, 4);
          line.append('\n');
          out.append(line);
        }
      }
    }
  }

  private static void appendPercentile(StringBuilder line, ResultSet row, int column)
      throws SQLException {
    double value = row.getDouble(column);
    if (!row.wasNull()) {
      line.append(BigDecimal.valueOf(value).toPlainString());
    }
  }

  /** External ids are ours to quote; any text with a comma, quote or line break gets RFC 4180 quotes. */
  private static String csv(String text) {
    if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0
        && text.indexOf('\r') < 0) {
      return text;
    }
    return '"' + text.replace("\"", "\"\"") + '"';
  }

  /**
   * Customers whose tier changed in the run, optionally only from one tier and/or to one (A, B, C,
   * UNTIERED, NONE for new customers), ordered by external id.
   */
  public List<Mover> movers(long runId, String from, String to, int limit, int offset)
      throws SQLException {
    List<Mover> movers = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT c.external_id, c.name, " + FROM_TIER + ", " + TO_TIER + MOVERS
                + " ORDER BY c.external_id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
      int index = bindMovers(select, runId, from, to);
      select.setInt(index++, offset);
      select.setInt(index, limit);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          movers.add(new Mover(row.getString(1), row.getString(2), row.getString(3), row.getString(4)));
        }
      }
    }
    return movers;
  }

  public long moverCount(long runId, String from, String to) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*)" + MOVERS)) {
      bindMovers(select, runId, from, to);
      try (ResultSet row = select.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  private static final String FROM_TIER =
      "CASE WHEN a.previous_tier IS NULL THEN 'NONE' WHEN a.previous_tier = 'U' THEN 'UNTIERED'"
          + " ELSE a.previous_tier END";
  private static final String TO_TIER = "COALESCE(a.tier, 'UNTIERED')";
  private static final String MOVERS =
      " FROM tier_assignment a JOIN customer c ON c.id = a.customer_id WHERE a.run_id = ?"
          + " AND " + FROM_TIER + " <> " + TO_TIER
          + " AND (CAST(? AS VARCHAR(8)) IS NULL OR " + FROM_TIER + " = ?)"
          + " AND (CAST(? AS VARCHAR(8)) IS NULL OR " + TO_TIER + " = ?)";

  private static int bindMovers(PreparedStatement select, long runId, String from, String to)
      throws SQLException {
    select.setLong(1, runId);
    select.setString(2, from);
    select.setString(3, from);
    select.setString(4, to);
    select.setString(5, to);
    return 6;
  }

  /** A customer's assignment in one run, or empty when the customer was not in it. */
  public Optional<Assignment> assignment(long runId, long customerId) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT " + Assignment.COLUMNS + " FROM tier_assignment a JOIN tiering_run r"
                + " ON r.id = a.run_id WHERE a.run_id = ? AND a.customer_id = ?")) {
      select.setLong(1, runId);
      select.setLong(2, customerId);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Optional.of(Assignment.read(row)) : Optional.empty();
      }
    }
  }

  /** A customer's tier in every run, newest first: the tier history. */
  public List<Assignment> history(long customerId, int limit) throws SQLException {
    List<Assignment> history = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT " + Assignment.COLUMNS + " FROM tier_assignment a JOIN tiering_run r"
                + " ON r.id = a.run_id WHERE a.customer_id = ?"
                + " AND a.run_id IN (SELECT id FROM tiering_run)"
                + " ORDER BY a.run_id DESC FETCH FIRST ? ROWS ONLY")) {
      select.setLong(1, customerId);
      select.setInt(2, limit);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          history.add(Assignment.read(row));
        }
      }
    }
    return history;
  }
}
