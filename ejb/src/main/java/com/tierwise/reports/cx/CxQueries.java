package com.tierwise.reports.cx;

import com.tierwise.charter.AttributionQueries;
import com.tierwise.closedloop.Nps;
import com.tierwise.reports.ReportPeriod;
import com.tierwise.reports.cx.CxFigures.Compared;
import com.tierwise.reports.cx.CxFigures.Month;
import com.tierwise.reports.cx.CxFigures.TaskFigures;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The CX report's figures: each one GROUP BY over the survey responses or tasks of a period. */
public final class CxQueries {

  static final int MONTHS = 6;

  private static final String COUNTS =
      "SUM(CASE WHEN r.score >= 9 THEN 1 ELSE 0 END), SUM(CASE WHEN r.score BETWEEN 7 AND 8 THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN r.score <= 6 THEN 1 ELSE 0 END)";

  /** The customer's tier in the latest run, as GET /nps?tier= reads it. */
  private static final String BY_TIER =
      "SELECT COALESCE(a.tier, 'UNTIERED'), " + COUNTS + " FROM survey_response r"
          + " LEFT JOIN tier_assignment a ON a.customer_id = r.customer_id"
          + " AND a.run_id = (SELECT MAX(id) FROM tiering_run)"
          + " WHERE r.responded_at >= ? AND r.responded_at < ? GROUP BY COALESCE(a.tier, 'UNTIERED')";

  private static final String BY_HIC =
      "SELECT CASE WHEN c.hic THEN 'HIC' ELSE 'OTHER' END, " + COUNTS + " FROM survey_response r"
          + " JOIN customer c ON c.id = r.customer_id WHERE r.responded_at >= ? AND r.responded_at < ?"
          + " GROUP BY CASE WHEN c.hic THEN 'HIC' ELSE 'OTHER' END";

  private static final String BY_TOUCHPOINT =
      "SELECT r.touchpoint, " + COUNTS + " FROM survey_response r WHERE r.responded_at >= ? AND r.responded_at < ?"
          + " GROUP BY r.touchpoint";

  private static final String OVERALL =
      "SELECT 'ALL', " + COUNTS + " FROM survey_response r WHERE r.responded_at >= ? AND r.responded_at < ?";

  private final Connection connection;

  public CxQueries(Connection connection) {
    this.connection = connection;
  }

  public CxFigures read(ReportPeriod period, Instant now) throws SQLException {
    ReportPeriod before = period.previous();
    return new CxFigures(
        compared(OVERALL, period, before, List.of("ALL")).get(0),
        compared(BY_TIER, period, before, List.of("A", "B", "C", "UNTIERED")),
        compared(BY_HIC, period, before, List.of("HIC", "OTHER")),
        compared(BY_TOUCHPOINT, period, before, List.of("AFTER_PURCHASE", "WEBSITE_VISIT", "SERVICE_CALL", "SALES_CALL")),
        months(period.to()),
        tasks(period, now),
        new AttributionQueries(connection).report(period.from(), period.to(), now));
  }

  /** Every listed group, with zero counts where nobody answered, in the listed order. */
  private List<Compared> compared(String sql, ReportPeriod now, ReportPeriod before, List<String> groups)
      throws SQLException {
    Map<String, Nps> current = grouped(sql, now);
    Map<String, Nps> previous = grouped(sql, before);
    List<Compared> compared = new ArrayList<>();
    for (String group : groups) {
      compared.add(
          new Compared(group, current.getOrDefault(group, Nps.of(0, 0, 0)), previous.getOrDefault(group, Nps.of(0, 0, 0))));
    }
    return compared;
  }

  private Map<String, Nps> grouped(String sql, ReportPeriod period) throws SQLException {
    Map<String, Nps> groups = new LinkedHashMap<>();
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      select.setTimestamp(1, Timestamp.from(period.from()));
      select.setTimestamp(2, Timestamp.from(period.to()));
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          groups.put(row.getString(1), Nps.of(row.getLong(2), row.getLong(3), row.getLong(4)));
        }
      }
    }
    return groups;
  }

  /** The calendar months (UTC) up to the one the period ends in. */
  List<Month> months(Instant end) throws SQLException {
    YearMonth last = YearMonth.from(end.minusMillis(1).atZone(ZoneOffset.UTC));
    List<Month> months = new ArrayList<>();
    for (int back = MONTHS - 1; back >= 0; back--) {
      YearMonth month = last.minusMonths(back);
      Instant from = month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
      Instant to = month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
      months.add(new Month(from, grouped(OVERALL, new ReportPeriod(from, to)).getOrDefault("ALL", Nps.of(0, 0, 0))));
    }
    return months;
  }

  List<TaskFigures> tasks(ReportPeriod period, Instant now) throws SQLException {
    Map<String, TaskFigures> byType = new LinkedHashMap<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT type, COUNT(*), SUM(CASE WHEN status = 'DONE' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN status = 'DONE' AND completed_at <= due_at THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN status <> 'DONE' AND due_at < ? THEN 1 ELSE 0 END)"
                + " FROM cx_task WHERE created_at >= ? AND created_at < ? GROUP BY type")) {
      select.setTimestamp(1, Timestamp.from(now));
      select.setTimestamp(2, Timestamp.from(period.from()));
      select.setTimestamp(3, Timestamp.from(period.to()));
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          byType.put(
              row.getString(1),
              new TaskFigures(row.getString(1), row.getLong(2), row.getLong(3), row.getLong(4), row.getLong(5)));
        }
      }
    }
    List<TaskFigures> tasks = new ArrayList<>();
    for (String type : List.of("FOLLOW_UP_CALL", "TESTIMONIAL_REQUEST")) {
      tasks.add(byType.getOrDefault(type, new TaskFigures(type, 0, 0, 0, 0)));
    }
    return tasks;
  }
}
