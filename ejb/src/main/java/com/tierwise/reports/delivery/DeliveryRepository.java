package com.tierwise.reports.delivery;

import com.tierwise.reports.RenderedReport;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Deliveries and the archive in SQL. Each method is one statement meant for an auto-commit
 * connection: the unique slot key and the conditional status updates decide, across threads and
 * nodes, who sends what, and a refused insert must not abort a surrounding transaction.
 */
public final class DeliveryRepository {

  /** SQLSTATE of a unique-key violation, on PostgreSQL and H2 alike. */
  private static final String UNIQUE_VIOLATION = "23505";

  private static final String COLUMNS =
      "d.id, d.subscription_id, d.scheduled_for, d.trigger_kind, d.status, d.attempts, d.last_error,"
          + " d.next_attempt_at, d.requested_by, d.created_at, d.sent_at, a.file_name, a.size_bytes";

  private final Connection connection;

  public DeliveryRepository(Connection connection) {
    this.connection = connection;
  }

  /**
   * Claims the slot of a subscription for this caller.
   *
   * @return the new delivery's id, or empty when the slot was claimed already (here or on another node)
   */
  public Optional<Long> claim(long subscriptionId, Instant slot, String trigger, String requestedBy, Instant now)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO report_delivery (subscription_id, scheduled_for, trigger_kind, status, attempts,"
                + " requested_by, created_at, updated_at) VALUES (?, ?, ?, 'PENDING', 0, ?, ?, ?)",
            new String[] {"id"})) {
      insert.setLong(1, subscriptionId);
      insert.setTimestamp(2, Timestamp.from(slot));
      insert.setString(3, trigger);
      insert.setString(4, requestedBy);
      insert.setTimestamp(5, Timestamp.from(now));
      insert.setTimestamp(6, Timestamp.from(now));
      insert.executeUpdate();
      try (ResultSet key = insert.getGeneratedKeys()) {
        key.next();
        return Optional.of(key.getLong(1));
      }
    } catch (SQLException e) {
      if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
        return Optional.empty();
      }
      throw e;
    }
  }

  public boolean slotClaimed(long subscriptionId, Instant slot) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT COUNT(*) FROM report_delivery WHERE subscription_id = ? AND scheduled_for = ?")) {
      select.setLong(1, subscriptionId);
      select.setTimestamp(2, Timestamp.from(slot));
      try (ResultSet row = select.executeQuery()) {
        row.next();
        return row.getLong(1) > 0;
      }
    }
  }

  /** Starts an attempt if nobody else has: PENDING or RETRYING becomes SENDING, attempts + 1. */
  public boolean startAttempt(long id, Instant now) throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE report_delivery SET status = 'SENDING', attempts = attempts + 1, updated_at = ?"
                + " WHERE id = ? AND status IN ('PENDING', 'RETRYING')")) {
      update.setTimestamp(1, Timestamp.from(now));
      update.setLong(2, id);
      return update.executeUpdate() == 1;
    }
  }

  public void archive(long id, RenderedReport report) throws SQLException {
    try (PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO report_archive (delivery_id, file_name, content_type, size_bytes, content)"
                    + " VALUES (?, ?, ?, ?, ?)");
        PreparedStatement fingerprint =
            connection.prepareStatement("UPDATE report_delivery SET fingerprint = ? WHERE id = ?")) {
      insert.setLong(1, id);
      insert.setString(2, report.fileName());
      insert.setString(3, report.contentType());
      insert.setLong(4, report.content().length);
      insert.setBytes(5, report.content());
      insert.executeUpdate();
      fingerprint.setString(1, report.fingerprint());
      fingerprint.setLong(2, id);
      fingerprint.executeUpdate();
    }
  }

  public Optional<ArchivedReport> archived(long id) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT file_name, content_type, content FROM report_archive WHERE delivery_id = ?")) {
      select.setLong(1, id);
      try (ResultSet row = select.executeQuery()) {
        return row.next()
            ? Optional.of(new ArchivedReport(id, row.getString(1), row.getString(2), row.getBytes(3)))
            : Optional.empty();
      }
    }
  }

  /** The fingerprint of the subscription's last report that went out. */
  public Optional<String> lastSentFingerprint(long subscriptionId) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT fingerprint FROM report_delivery WHERE subscription_id = ? AND status = 'SENT'"
                + " ORDER BY sent_at DESC, id DESC")) {
      select.setLong(1, subscriptionId);
      select.setMaxRows(1);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Optional.ofNullable(row.getString(1)) : Optional.empty();
      }
    }
  }

  public void markSent(long id, Instant now) throws SQLException {
    finish(id, "SENT", null, null, now, now);
  }

  public void markUnchanged(long id, String fingerprint, Instant now) throws SQLException {
    finish(id, "UNCHANGED", null, null, null, now);
    try (PreparedStatement update = connection.prepareStatement("UPDATE report_delivery SET fingerprint = ? WHERE id = ?")) {
      update.setString(1, fingerprint);
      update.setLong(2, id);
      update.executeUpdate();
    }
  }

  /** A failed attempt: RETRYING at the given time, or FAILED when there is none. */
  public void markFailed(long id, String error, Instant nextAttempt, Instant now) throws SQLException {
    finish(id, nextAttempt == null ? "FAILED" : "RETRYING", error, nextAttempt, null, now);
  }

  private void finish(long id, String status, String error, Instant nextAttempt, Instant sentAt, Instant now)
      throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE report_delivery SET status = ?, last_error = ?, next_attempt_at = ?, sent_at = ?, updated_at = ?"
                + " WHERE id = ?")) {
      update.setString(1, status);
      update.setString(2, error == null ? null : error.length() > 2000 ? error.substring(0, 2000) : error);
      update.setTimestamp(3, nextAttempt == null ? null : Timestamp.from(nextAttempt));
      update.setTimestamp(4, sentAt == null ? null : Timestamp.from(sentAt));
      update.setTimestamp(5, Timestamp.from(now));
      update.setLong(6, id);
      update.executeUpdate();
    }
  }

  /**
   * Deliveries to attempt now: retries that are due, claims whose worker never started (the node
   * stopped), and attempts stuck in SENDING far longer than any send takes (the node died).
   */
  public List<Long> due(Instant now, Instant abandonedBefore) throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT id FROM report_delivery WHERE (status = 'RETRYING' AND next_attempt_at <= ?)"
                + " OR (status IN ('PENDING', 'SENDING') AND updated_at < ?) ORDER BY id")) {
      select.setTimestamp(1, Timestamp.from(now));
      select.setTimestamp(2, Timestamp.from(abandonedBefore));
      select.setMaxRows(100);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          ids.add(row.getLong(1));
        }
      }
    }
    return ids;
  }

  /** Puts an abandoned PENDING/SENDING delivery back in line, if it still is abandoned. */
  public boolean requeueAbandoned(long id, Instant abandonedBefore, Instant now) throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE report_delivery SET status = 'RETRYING', next_attempt_at = ?, updated_at = ?"
                + " WHERE id = ? AND status IN ('PENDING', 'SENDING') AND updated_at < ?")) {
      update.setTimestamp(1, Timestamp.from(now));
      update.setTimestamp(2, Timestamp.from(now));
      update.setLong(3, id);
      update.setTimestamp(4, Timestamp.from(abandonedBefore));
      return update.executeUpdate() == 1;
    }
  }

  public Optional<Delivery> find(long id) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT " + COLUMNS + " FROM report_delivery d LEFT JOIN report_archive a ON a.delivery_id = d.id"
                + " WHERE d.id = ?")) {
      select.setLong(1, id);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Optional.of(delivery(row)) : Optional.empty();
      }
    }
  }

  /** A subscription's deliveries, newest first; all subscriptions' when subscriptionId is null. */
  public List<Delivery> list(Long subscriptionId, int limit, int offset) throws SQLException {
    List<Delivery> deliveries = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT " + COLUMNS + " FROM report_delivery d LEFT JOIN report_archive a ON a.delivery_id = d.id"
                + (subscriptionId == null ? "" : " WHERE d.subscription_id = ?")
                + " ORDER BY d.id DESC OFFSET ? ROWS FETCH FIRST ? ROWS ONLY")) {
      int index = 1;
      if (subscriptionId != null) {
        select.setLong(index++, subscriptionId);
      }
      select.setInt(index++, offset);
      select.setInt(index, limit);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          deliveries.add(delivery(row));
        }
      }
    }
    return deliveries;
  }

  public long count(Long subscriptionId) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT COUNT(*) FROM report_delivery" + (subscriptionId == null ? "" : " WHERE subscription_id = ?"))) {
      if (subscriptionId != null) {
        select.setLong(1, subscriptionId);
      }
      try (ResultSet row = select.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  private static Delivery delivery(ResultSet row) throws SQLException {
    long size = row.getLong(13);
    boolean archived = !row.wasNull();
    return new Delivery(
        row.getLong(1),
        row.getLong(2),
        instant(row.getTimestamp(3)),
        row.getString(4),
        DeliveryStatus.valueOf(row.getString(5)),
        row.getInt(6),
        row.getString(7),
        instant(row.getTimestamp(8)),
        row.getString(9),
        instant(row.getTimestamp(10)),
        instant(row.getTimestamp(11)),
        row.getString(12),
        archived ? size : null);
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
