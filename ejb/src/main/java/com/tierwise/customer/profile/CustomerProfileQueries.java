package com.tierwise.customer.profile;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reads and writes of the customer 360 that belong to no workflow of their own: notes, activity. */
public final class CustomerProfileQueries {

  private final Connection connection;

  public CustomerProfileQueries(Connection connection) {
    this.connection = connection;
  }

  /** Newest first. */
  public List<CustomerNote> notes(long customerId, int limit) throws SQLException {
    List<CustomerNote> notes = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT id, author, created_at, body FROM customer_note WHERE customer_id = ?"
                + " ORDER BY id DESC FETCH FIRST ? ROWS ONLY")) {
      select.setLong(1, customerId);
      select.setInt(2, limit);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          notes.add(
              new CustomerNote(row.getLong(1), row.getString(2), instant(row.getTimestamp(3)), row.getString(4)));
        }
      }
    }
    return notes;
  }

  public void addNote(long customerId, String author, Instant at, String text) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO customer_note (customer_id, author, created_at, body) VALUES (?, ?, ?, ?)")) {
      insert.setLong(1, customerId);
      insert.setString(2, author);
      insert.setTimestamp(3, Timestamp.from(at));
      insert.setString(4, text);
      insert.executeUpdate();
    }
  }

  public CustomerActivity activity(long customerId, int limit) throws SQLException {
    return new CustomerActivity(overrides(customerId, limit), responses(customerId, limit), openTasks(customerId, limit));
  }

  private List<CustomerActivity.OverrideLine> overrides(long customerId, int limit) throws SQLException {
    List<CustomerActivity.OverrideLine> lines = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT o.id, o.tier, o.reason, o.status, o.requested_by, o.requested_at, o.decided_by,"
                + " o.expires_at, o.demote_customer_id = ?, other.external_id"
                + " FROM tier_override o"
                + " LEFT JOIN customer other ON other.id ="
                + " CASE WHEN o.customer_id = ? THEN o.demote_customer_id ELSE o.customer_id END"
                + " WHERE o.customer_id = ? OR o.demote_customer_id = ?"
                + " ORDER BY o.id DESC FETCH FIRST ? ROWS ONLY")) {
      for (int i = 1; i <= 4; i++) {
        select.setLong(i, customerId);
      }
      select.setInt(5, limit);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          Date expires = row.getDate(8);
          lines.add(
              new CustomerActivity.OverrideLine(
                  row.getLong(1),
                  row.getString(2),
                  row.getString(3),
                  row.getString(4),
                  row.getString(5),
                  instant(row.getTimestamp(6)),
                  row.getString(7),
                  expires == null ? null : expires.toLocalDate(),
                  row.getBoolean(9),
                  row.getString(10)));
        }
      }
    }
    return lines;
  }

  private List<CustomerActivity.ResponseLine> responses(long customerId, int limit) throws SQLException {
    List<CustomerActivity.ResponseLine> lines = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT id, touchpoint, score, comment, responded_at FROM survey_response"
                + " WHERE customer_id = ? ORDER BY responded_at DESC, id DESC FETCH FIRST ? ROWS ONLY")) {
      select.setLong(1, customerId);
      select.setInt(2, limit);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          lines.add(
              new CustomerActivity.ResponseLine(
                  row.getLong(1), row.getString(2), row.getInt(3), row.getString(4), instant(row.getTimestamp(5))));
        }
      }
    }
    return lines;
  }

  private List<CustomerActivity.TaskLine> openTasks(long customerId, int limit) throws SQLException {
    List<CustomerActivity.TaskLine> lines = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT id, type, status, assignee, due_at FROM cx_task"
                + " WHERE customer_id = ? AND status <> 'DONE' ORDER BY due_at, id FETCH FIRST ? ROWS ONLY")) {
      select.setLong(1, customerId);
      select.setInt(2, limit);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          lines.add(
              new CustomerActivity.TaskLine(
                  row.getLong(1), row.getString(2), row.getString(3), row.getString(4), instant(row.getTimestamp(5))));
        }
      }
    }
    return lines;
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
