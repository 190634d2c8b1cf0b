package com.tierwise.charter;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Survey responses of a period by stage, segment and attribution, with their follow-up calls, in
 * one GROUP BY. What the follow-up call found (the task's stage and attribution) wins over what
 * came with the response; a response's segment is HIC when the customer was one when answering
 * (the current flag for responses stored before that was recorded), else its tier then.
 */
public final class AttributionQueries {

  private static final String GROUPED =
      "SELECT stage, segment, attribution,"
          + " SUM(CASE WHEN score >= 9 THEN 1 ELSE 0 END), SUM(CASE WHEN score BETWEEN 7 AND 8 THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN score <= 6 THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN follow_up = 1 AND (done = 1 OR overdue = 1) THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN follow_up = 1 AND on_time = 1 THEN 1 ELSE 0 END)"
          + " FROM (SELECT COALESCE(t.stage, r.stage) AS stage,"
          + " CASE WHEN COALESCE(r.hic_at_response, c.hic) THEN 'HIC' ELSE r.tier_at_response END AS segment,"
          + " COALESCE(t.attribution, r.attribution) AS attribution, r.score AS score,"
          + " CASE WHEN t.type = 'FOLLOW_UP_CALL' THEN 1 ELSE 0 END AS follow_up,"
          + " CASE WHEN t.status = 'DONE' THEN 1 ELSE 0 END AS done,"
          + " CASE WHEN t.status <> 'DONE' AND t.due_at < ? THEN 1 ELSE 0 END AS overdue,"
          + " CASE WHEN t.status = 'DONE' AND t.completed_at <= t.due_at THEN 1 ELSE 0 END AS on_time"
          + " FROM survey_response r JOIN customer c ON c.id = r.customer_id"
          + " LEFT JOIN cx_task t ON t.response_id = r.id"
          + " WHERE r.responded_at >= ? AND r.responded_at < ?) x"
          + " GROUP BY stage, segment, attribution";

  private final Connection connection;

  public AttributionQueries(Connection connection) {
    this.connection = connection;
  }

  public List<AttributionRow> rows(Instant from, Instant to, Instant now) throws SQLException {
    List<AttributionRow> rows = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(GROUPED)) {
      select.setTimestamp(1, Timestamp.from(now));
      select.setTimestamp(2, Timestamp.from(from));
      select.setTimestamp(3, Timestamp.from(to));
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          LifecycleStage stage = LifecycleStage.parse(row.getString(1)).orElse(null);
          if (stage == null) {
            continue; // not possible after V60's backfill; never guess a stage
          }
          rows.add(
              new AttributionRow(
                  stage, Segment.parse(row.getString(2)).orElse(null), Attribution.parse(row.getString(3)).orElse(null),
                  row.getLong(4), row.getLong(5), row.getLong(6), row.getLong(7), row.getLong(8)));
        }
      }
    }
    return rows;
  }

  /** The whole analysis of a period against the effective charter. */
  public AttributionReport report(Instant from, Instant to, Instant now) throws SQLException {
    return AttributionAnalysis.analyse(rows(from, to, now), new CharterRepository(connection).effective(), from, to);
  }
}
