package com.tierwise.customer.imports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit of bulk customer imports: one record per import (who, when, from which source, how
 * many created and updated, the request), written in the import's transaction. Rows are not
 * audited one by one: an import of a million rows stays one COPY, not a million audit rows.
 */
public final class ImportLog {

  /** One import as audited. */
  public record Entry(
      long id, String importedBy, Instant importedAt, String source, long created, long updated, String requestId) {}

  private final Connection connection;

  public ImportLog(Connection connection) {
    this.connection = connection;
  }

  public void record(String user, Instant at, String source, ImportResult result, String requestId)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO customer_import (imported_by, imported_at, source, created_count, updated_count, request_id)"
                + " VALUES (?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, user);
      insert.setTimestamp(2, Timestamp.from(at));
      insert.setString(3, source);
      insert.setLong(4, result.created());
      insert.setLong(5, result.updated());
      insert.setString(6, requestId);
      insert.executeUpdate();
    }
  }

  /** Newest first. */
  public List<Entry> recent(int limit, int offset) throws SQLException {
    List<Entry> entries = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT id, imported_by, imported_at, source, created_count, updated_count, request_id"
                + " FROM customer_import ORDER BY id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
      select.setInt(1, offset);
      select.setInt(2, limit);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          entries.add(
              new Entry(row.getLong(1), row.getString(2), row.getTimestamp(3).toInstant(), row.getString(4),
                  row.getLong(5), row.getLong(6), row.getString(7)));
        }
      }
    }
    return entries;
  }

  public long count() throws SQLException {
    try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM customer_import");
        ResultSet row = select.executeQuery()) {
      row.next();
      return row.getLong(1);
    }
  }
}
