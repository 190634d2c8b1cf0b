package com.tierwise.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Whole-table operations (imports, tiering runs) take a row lock in the database, so they are
 * serialised across threads and cluster nodes alike and released by commit or rollback.
 */
public final class Locks {

  public static final String CUSTOMER_IMPORT = "customer-import";
  public static final String TIERING_RUN = "tiering-run";

  private Locks() {}

  public static void lock(Connection connection, String name) throws SQLException {
    try (PreparedStatement lock =
        connection.prepareStatement("SELECT name FROM app_lock WHERE name = ? FOR UPDATE")) {
      lock.setString(1, name);
      lock.executeQuery().close();
    }
  }
}
