package com.tierwise.organisation.team;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/** Teams, managers and mail addresses of users in SQL (the user table is small: read whole). */
public final class TeamRepository {

  private final Connection connection;

  public TeamRepository(Connection connection) {
    this.connection = connection;
  }

  public Organisation organisation() throws SQLException {
    List<Member> members = new ArrayList<>();
    try (PreparedStatement select =
            connection.prepareStatement(
                "SELECT u.username, u.team, m.username, u.email, u.enabled FROM app_user u"
                    + " LEFT JOIN app_user m ON m.id = u.manager_id ORDER BY u.username");
        ResultSet row = select.executeQuery()) {
      while (row.next()) {
        members.add(new Member(row.getString(1), row.getString(2), row.getString(3), row.getString(4), row.getBoolean(5)));
      }
    }
    return new Organisation(members);
  }

  /** Locks the user table's rows that a placement reads, so two changes cannot close a cycle together. */
  public void lockUsers() throws SQLException {
    try (PreparedStatement lock = connection.prepareStatement("SELECT id FROM app_user FOR UPDATE");
        ResultSet ignored = lock.executeQuery()) {
      // locked until the transaction ends
    }
  }

  public void place(String username, Placement placement) throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE app_user SET team = ?, email = ?, version = version + 1,"
                + " manager_id = (SELECT m.id FROM app_user m WHERE m.username = ?) WHERE username = ?")) {
      update.setString(1, placement.team());
      update.setString(2, placement.email());
      if (placement.manager() == null) {
        update.setNull(3, Types.VARCHAR);
      } else {
        update.setString(3, placement.manager());
      }
      update.setString(4, username);
      update.executeUpdate();
    }
  }
}
