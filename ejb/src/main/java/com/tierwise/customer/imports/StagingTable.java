package com.tierwise.customer.imports;

import com.tierwise.customer.SearchText;
import com.tierwise.customer.csv.CustomerRecord;
import com.tierwise.platform.SqlDialect;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;

/**
 * The transaction-scoped table valid rows are streamed into before one MERGE applies them.
 * Staging lets the database find duplicate ids and apply a million rows in one statement,
 * while the application holds only a buffer.
 */
abstract class StagingTable implements AutoCloseable {

  static final String NAME = "customer_staging";

  static final String COLUMNS =
      "line, external_id, name, search_name, business_value, cx_score, revenue, share_of_wallet,"
          + " country, industry, segment, owner, email";

  private static final String DEFINITION =
      "line INT NOT NULL, external_id VARCHAR(64) NOT NULL, name VARCHAR(300) NOT NULL,"
          + " search_name VARCHAR(300) NOT NULL, business_value NUMERIC(24, 6),"
          + " cx_score NUMERIC(24, 6), revenue NUMERIC(24, 6), share_of_wallet NUMERIC(7, 6),"
          + " country VARCHAR(2), industry VARCHAR(100), segment VARCHAR(100), owner VARCHAR(100),"
          + " email VARCHAR(254)";

  static StagingTable create(Connection connection) throws SQLException {
    SqlDialect dialect = SqlDialect.of(connection);
    try (Statement ddl = connection.createStatement()) {
      ddl.execute(dialect.createTransactionTable(NAME, DEFINITION));
    }
    if (dialect == SqlDialect.POSTGRESQL && connection.isWrapperFor(org.postgresql.PGConnection.class)) {
      return new PostgresCopyStaging(connection);
    }
    return new BatchInsertStaging(connection);
  }

  abstract void add(CustomerRecord record) throws SQLException, IOException;

  /** Flushes what is buffered; the table is complete afterwards. */
  abstract void finish() throws SQLException, IOException;

  @Override
  public void close() throws SQLException {}

  static String searchName(CustomerRecord record) {
    String folded = SearchText.fold(record.name());
    return folded.length() > 300 ? folded.substring(0, 300) : folded;
  }

  /** Portable staging through JDBC batches (H2, or PostgreSQL without the driver's COPY API). */
  static final class BatchInsertStaging extends StagingTable {

    private static final int BATCH = 1_000;

    private final PreparedStatement insert;
    private int pending;

    BatchInsertStaging(Connection connection) throws SQLException {
      insert =
          connection.prepareStatement(
              "INSERT INTO " + NAME + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    @Override
    void add(CustomerRecord record) throws SQLException {
      insert.setInt(1, record.line());
      insert.setString(2, record.externalId());
      insert.setString(3, record.name());
      insert.setString(4, searchName(record));
      setDecimal(5, record.businessValue());
      setDecimal(6, record.cxScore());
      setDecimal(7, record.revenue());
      setDecimal(8, record.shareOfWallet());
      insert.setString(9, record.country());
      insert.setString(10, record.industry());
      insert.setString(11, record.segment());
      insert.setString(12, record.owner());
      insert.setString(13, record.email());
      insert.addBatch();
      if (++pending == BATCH) {
        insert.executeBatch();
        pending = 0;
      }
    }

    private void setDecimal(int index, BigDecimal value) throws SQLException {
      if (value == null) {
        insert.setNull(index, Types.NUMERIC);
      } else {
        insert.setBigDecimal(index, value);
      }
    }

    @Override
    void finish() throws SQLException {
      if (pending > 0) {
        insert.executeBatch();
        pending = 0;
      }
    }

    @Override
    public void close() throws SQLException {
      insert.close();
    }
  }
}
