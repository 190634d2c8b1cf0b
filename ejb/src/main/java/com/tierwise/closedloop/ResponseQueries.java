package com.tierwise.closedloop;

import com.tierwise.charter.LifecycleStage;
import com.tierwise.customer.SearchText;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The response list with comment search, newest first; every filter a bound parameter. */
public final class ResponseQueries {

  private final Connection connection;

  public ResponseQueries(Connection connection) {
    this.connection = connection;
  }

  public List<ResponseRow> search(ResponseSearch search, int limit) throws SQLException {
    List<String> conditions = new ArrayList<>();
    List<Object> values = new ArrayList<>();
    String folded = SearchText.fold(search.text());
    if (!folded.isEmpty()) {
      conditions.add("r.search_comment LIKE ? ESCAPE '!'");
      values.add("%" + folded.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
    }
    if (search.touchpoint() != null) {
      conditions.add("r.touchpoint = ?");
      values.add(search.touchpoint().name());
    }
    if (search.category() != null) {
      conditions.add(
          switch (search.category()) {
            case PROMOTER -> "r.score >= 9";
            case PASSIVE -> "r.score BETWEEN 7 AND 8";
            case DETRACTOR -> "r.score <= 6";
          });
    }
    String sql =
        "SELECT r.id, c.external_id, c.name, r.touchpoint, r.stage, r.score, r.comment, r.responded_at"
            + " FROM survey_response r JOIN customer c ON c.id = r.customer_id"
            + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions))
            + " ORDER BY r.responded_at DESC, r.id DESC FETCH FIRST ? ROWS ONLY";
    List<ResponseRow> rows = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      int index = 1;
      for (Object value : values) {
        select.setObject(index++, value);
      }
      select.setInt(index, limit);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          rows.add(
              new ResponseRow(
                  row.getLong(1), row.getString(2), row.getString(3), Touchpoint.valueOf(row.getString(4)),
                  row.getString(5) == null ? null : LifecycleStage.valueOf(row.getString(5)),
                  row.getInt(6), row.getString(7), row.getTimestamp(8).toInstant()));
        }
      }
    }
    return rows;
  }

  /**
   * Folds up to {@code batch} comments stored before search_comment existed.
   *
   * @return how many were folded; 0 when none are left
   */
  public int backfill(int batch) throws SQLException {
    List<long[]> ids = new ArrayList<>();
    List<String> folded = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT id, comment FROM survey_response WHERE search_comment IS NULL AND comment IS NOT NULL"
                + " FETCH FIRST ? ROWS ONLY")) {
      select.setInt(1, batch);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          ids.add(new long[] {row.getLong(1)});
          folded.add(SearchText.fold(row.getString(2)));
        }
      }
    }
    try (PreparedStatement update =
        connection.prepareStatement("UPDATE survey_response SET search_comment = ? WHERE id = ?")) {
      for (int i = 0; i < ids.size(); i++) {
        update.setString(1, folded.get(i));
        update.setLong(2, ids.get(i)[0]);
        update.addBatch();
      }
      if (!ids.isEmpty()) {
        update.executeBatch();
      }
    }
    return ids.size();
  }
}
