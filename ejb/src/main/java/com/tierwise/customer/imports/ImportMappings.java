package com.tierwise.customer.imports;

import com.tierwise.customer.csv.ColumnMapping;
import com.tierwise.customer.csv.CustomerField;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The import wizard's mappings, remembered per source (tables import_source, import_mapping). */
public final class ImportMappings {

  /** The longest source name stored (import_source.name). */
  public static final int MAX_SOURCE_LENGTH = 100;

  private final Connection connection;

  public ImportMappings(Connection connection) {
    this.connection = connection;
  }

  /** The names of the sources with a saved mapping, most recently saved first. */
  public List<String> sources(int limit) throws SQLException {
    List<String> names = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT name FROM import_source ORDER BY saved_at DESC, name FETCH FIRST ? ROWS ONLY")) {
      select.setInt(1, limit);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          names.add(row.getString(1));
        }
      }
    }
    return names;
  }

  public Optional<ColumnMapping> find(String source) throws SQLException {
    Map<CustomerField, String> columns = new EnumMap<>(CustomerField.class);
    boolean known = false;
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT m.field, m.column_name FROM import_source s"
                + " LEFT JOIN import_mapping m ON m.source_name = s.name WHERE s.name = ?")) {
      select.setString(1, source);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          known = true;
          String field = row.getString(1);
          if (field != null) {
            // A field this version no longer knows is skipped rather than failing the wizard.
            CustomerField.ofColumn(field).ifPresent(f -> columns.put(f, columnName(row)));
          }
        }
      }
    }
    return known ? Optional.of(ColumnMapping.of(columns)) : Optional.empty();
  }

  private static String columnName(ResultSet row) {
    try {
      return row.getString(2);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Replaces the source's mapping whole, in the caller's transaction (holding the import lock). */
  public void save(String source, ColumnMapping mapping, String user, Instant now) throws SQLException {
    try (PreparedStatement delete = connection.prepareStatement("DELETE FROM import_mapping WHERE source_name = ?")) {
      delete.setString(1, source);
      delete.executeUpdate();
    }
    // Update, else insert: callers hold the import lock, so no one inserts in between.
    Timestamp savedAt = Timestamp.from(now);
    int updated;
    try (PreparedStatement update =
        connection.prepareStatement("UPDATE import_source SET saved_by = ?, saved_at = ? WHERE name = ?")) {
      update.setString(1, user);
      update.setTimestamp(2, savedAt);
      update.setString(3, source);
      updated = update.executeUpdate();
    }
    if (updated == 0) {
      try (PreparedStatement insert =
          connection.prepareStatement("INSERT INTO import_source (name, saved_by, saved_at) VALUES (?, ?, ?)")) {
        insert.setString(1, source);
        insert.setString(2, user);
        insert.setTimestamp(3, savedAt);
        insert.executeUpdate();
      }
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO import_mapping (source_name, field, column_name) VALUES (?, ?, ?)")) {
      for (Map.Entry<CustomerField, String> entry : mapping.asMap().entrySet()) {
        insert.setString(1, source);
        insert.setString(2, entry.getKey().column());
        insert.setString(3, entry.getValue());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }
}
