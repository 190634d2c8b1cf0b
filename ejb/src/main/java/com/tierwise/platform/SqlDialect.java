package com.tierwise.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** The few places where PostgreSQL and H2 need different SQL. */
public enum SqlDialect {
  POSTGRESQL,
  H2;

  public static SqlDialect of(Connection connection) throws SQLException {
    String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    if (product.contains("postgres")) {
      return POSTGRESQL;
    }
    if (product.contains("h2")) {
      return H2;
    }
    throw new SQLException("Tierwise runs on PostgreSQL or H2, not on " + product);
  }

  /**
   * Refreshes the planner's statistics of a table after a bulk change, so the next statement
   * plans for the rows that are there (an "empty" table invites a nested-loop scan per row).
   */
  public String analyze(String table) {
    return switch (this) {
      case POSTGRESQL -> "ANALYZE " + table;
      case H2 -> "ANALYZE TABLE " + table;
    };
  }

  /** A table that lives for the current transaction only, never written to the WAL on PostgreSQL. */
  public String createTransactionTable(String name, String columns) {
    return switch (this) {
      case POSTGRESQL -> "CREATE TEMPORARY TABLE " + name + " (" + columns + ") ON COMMIT DROP";
      case H2 -> "CREATE LOCAL TEMPORARY TABLE " + name + " (" + columns + ") ON COMMIT DROP TRANSACTIONAL";
    };
  }

  /** Where Flyway finds the migrations: the common ones, and those only this database can run. */
  public String[] migrationLocations() {
    return switch (this) {
      case POSTGRESQL -> new String[] {"classpath:db/migration", "classpath:db/postgresql"};
      case H2 -> new String[] {"classpath:db/migration"};
    };
  }
}
