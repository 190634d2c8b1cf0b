package com.tierwise.governance;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Mail addresses of users, for governance notifications; users without an address are skipped. */
public final class Recipients {

  private final Connection connection;

  public Recipients(Connection connection) {
    this.connection = connection;
  }

  /** The enabled governance board members with an address, except the given user. */
  public List<String> board(String except) throws SQLException {
    List<String> addresses = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT u.email FROM app_user u JOIN app_user_role r ON r.user_id = u.id"
                + " WHERE r.role = 'GOVERNANCE_BOARD' AND u.enabled = TRUE AND u.email IS NOT NULL"
                + " AND u.username <> ? ORDER BY u.username")) {
      select.setString(1, except == null ? "" : except);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          addresses.add(row.getString(1));
        }
      }
    }
    return addresses;
  }

  public Optional<String> of(String username) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement("SELECT email FROM app_user WHERE username = ? AND enabled = TRUE")) {
      select.setString(1, username);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Optional.ofNullable(row.getString(1)) : Optional.empty();
      }
    }
  }
}
