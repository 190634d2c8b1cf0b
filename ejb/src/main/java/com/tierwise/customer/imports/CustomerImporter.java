package com.tierwise.customer.imports;

import com.tierwise.customer.csv.CustomerCsvReader;
import com.tierwise.customer.csv.CustomerField;
import com.tierwise.customer.csv.CustomerRecord;
import com.tierwise.customer.csv.ImportError;
import com.tierwise.customer.csv.ReadOutcome;
import com.tierwise.platform.Locks;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Imports a customer CSV all-or-nothing: valid rows stream into a staging table, the database
 * checks for ids repeated in the file, and one MERGE upserts by external id. Any error anywhere
 * throws {@link ImportRejectedException} and the caller's transaction rolls everything back.
 */
public final class CustomerImporter {

  private final Connection connection;
  private final CustomerCsvReader reader;

  public CustomerImporter(Connection connection, CustomerCsvReader reader) {
    this.connection = connection;
    this.reader = reader;
  }

  public ImportResult importCsv(InputStream csv, Instant now)
      throws SQLException, IOException, ImportRejectedException {
    Locks.lock(connection, Locks.CUSTOMER_IMPORT);
    Set<CustomerField> present = EnumSet.noneOf(CustomerField.class);
    ReadOutcome outcome;
    try (StagingTable staging = StagingTable.create(connection)) {
      try {
        outcome =
            reader.read(
                csv,
                record -> {
                  try {
                    staging.add(record);
                  } catch (SQLException e) {
                    throw new StagingFailure(e);
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                });
      } catch (StagingFailure failure) {
        throw failure.cause;
      } catch (UncheckedIOException failure) {
        throw failure.getCause();
      }
      staging.finish();
    }
    if (!outcome.ok()) {
      throw new ImportRejectedException(outcome.errors(), outcome.errorCount());
    }
    present.addAll(outcome.columns());
    long before = customerCount();
    rejectDuplicates();
    merge(present, now);
    long created = customerCount() - before;
    return new ImportResult(created, outcome.validRows() - created);
  }

  /** Carries a JDBC failure out of the reader's callback. */
  private static final class StagingFailure extends RuntimeException {
    private final SQLException cause;

    StagingFailure(SQLException cause) {
      super(cause);
      this.cause = cause;
    }
  }

  /** Ids repeated in the file are found by the database, so memory stays flat in the rows. */
  private void rejectDuplicates() throws SQLException, ImportRejectedException {
    List<ImportError> duplicates = duplicateIds();
    if (!duplicates.isEmpty()) {
      throw new ImportRejectedException(duplicates, duplicates.size());
    }
  }

  private List<ImportError> duplicateIds() throws SQLException {
    List<ImportError> errors = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT s.line, f.first_line FROM " + StagingTable.NAME + " s JOIN ("
                + " SELECT external_id, MIN(line) AS first_line FROM " + StagingTable.NAME
                + " GROUP BY external_id HAVING COUNT(*) > 1) f ON f.external_id = s.external_id"
                + " WHERE s.line > f.first_line ORDER BY s.line FETCH FIRST ? ROWS ONLY")) {
      select.setInt(1, CustomerCsvReader.MAX_REPORTED_ERRORS);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          errors.add(
              new ImportError(
                  row.getInt(1),
                  CustomerField.EXTERNAL_ID.column(),
                  "this external_id already appears on line " + row.getInt(2)
                      + "; each customer may appear once per file"));
        }
      }
    }
    return errors;
  }

  private long customerCount() throws SQLException {
    try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM customer");
        ResultSet row = count.executeQuery()) {
      row.next();
      return row.getLong(1);
    }
  }

  /**
   * Updates only the columns the file has, so a file of ids and CX scores leaves names and
   * business values alone; an empty cell in a present column means unknown and is stored as NULL.
   */
  private void merge(Set<CustomerField> present, Instant now) throws SQLException {
    List<String> updated = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    for (CustomerField field : CustomerField.values()) {
      if (field != CustomerField.EXTERNAL_ID && present.contains(field)) {
        updated.add(field.column() + " = s." + field.column());
        changed.add("customer." + field.column() + " IS DISTINCT FROM s." + field.column());
      }
    }
    if (present.contains(CustomerField.NAME)) {
      updated.add("search_name = s.search_name");
    }
    updated.add("updated_at = ?");
    updated.add("version = customer.version + 1");
    String insertColumns =
        "external_id, name, search_name, business_value, cx_score, revenue, share_of_wallet,"
            + " country, industry, segment, owner, email";
    String sql =
        "MERGE INTO customer USING " + StagingTable.NAME + " s"
            + " ON customer.external_id = s.external_id"
            // Unchanged rows are not rewritten: a re-sent file costs reads, not writes, and
            // updated_at keeps meaning "last changed".
            + " WHEN MATCHED AND (" + String.join(" OR ", changed) + ")"
            + " THEN UPDATE SET " + updated.stream().collect(Collectors.joining(", "))
            + " WHEN NOT MATCHED THEN INSERT (" + insertColumns + ", created_at, updated_at)"
            + " VALUES (" + prefixed(insertColumns) + ", ?, ?)";
    try (PreparedStatement merge = connection.prepareStatement(sql)) {
      Timestamp timestamp = Timestamp.from(now);
      merge.setTimestamp(1, timestamp);
      merge.setTimestamp(2, timestamp);
      merge.setTimestamp(3, timestamp);
      merge.executeUpdate();
    }
  }

  private static String prefixed(String columns) {
    return java.util.Arrays.stream(columns.split(","))
        .map(column -> "s." + column.trim())
        .collect(Collectors.joining(", "));
  }
}
