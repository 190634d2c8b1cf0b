package com.tierwise.platform.mail;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The mail outbox in SQL. Enqueueing joins the caller's transaction; the attempt methods are one
 * conditional statement each, meant for an auto-commit connection, so that of two nodes looking
 * at the same due message only one starts sending it.
 */
public final class OutboxRepository {

  private static final String COLUMNS =
      "id, purpose, recipients, subject, body, status, attempts, next_attempt_at, last_error, created_at, sent_at";

  /** Longest error text kept (the column's size). */
  private static final int ERROR_LENGTH = 2000;

  private final Connection connection;

  public OutboxRepository(Connection connection) {
    this.connection = connection;
  }

  public long enqueue(String purpose, OutgoingMail mail, Instant now) throws SQLException {
    if (!mail.attachments().isEmpty()) {
      throw new IllegalArgumentException("The outbox carries plain-text mail; reports have their own archive");
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO mail_outbox (purpose, recipients, subject, body, status, attempts, next_attempt_at,"
                + " created_at, updated_at) VALUES (?, ?, ?, ?, 'PENDING', 0, ?, ?, ?)",
            new String[] {"id"})) {
      insert.setString(1, purpose);
      insert.setString(2, String.join("\n", mail.recipients()));
      insert.setString(3, mail.subject());
      insert.setString(4, mail.text());
      insert.setTimestamp(5, Timestamp.from(now));
      insert.setTimestamp(6, Timestamp.from(now));
      insert.setTimestamp(7, Timestamp.from(now));
      insert.executeUpdate();
      try (ResultSet key = insert.getGeneratedKeys()) {
        key.next();
        return key.getLong(1);
      }
    }
  }

  /**
   * Messages to attempt now: PENDING ones whose time has come, and SENDING ones whose attempt
   * started before {@code abandonedBefore} (the node making it died), oldest first.
   */
  public List<Long> due(Instant now, Instant abandonedBefore, int limit) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT id FROM mail_outbox WHERE (status = 'PENDING' AND next_attempt_at <= ?)"
                + " OR (status = 'SENDING' AND updated_at < ?) ORDER BY next_attempt_at, id")) {
      select.setTimestamp(1, Timestamp.from(now));
      select.setTimestamp(2, Timestamp.from(abandonedBefore));
      select.setMaxRows(limit);
      List<Long> ids = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getLong(1));
        }
      }
      return ids;
    }
  }

  /**
   * Starts an attempt if nobody else has: a due PENDING message, or an abandoned SENDING one,
   * becomes SENDING with one more attempt. False when another thread or node was first.
   */
  public boolean startAttempt(long id, Instant now, Instant abandonedBefore) throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE mail_outbox SET status = 'SENDING', attempts = attempts + 1, updated_at = ?"
                + " WHERE id = ? AND ((status = 'PENDING' AND next_attempt_at <= ?)"
                + " OR (status = 'SENDING' AND updated_at < ?))")) {
      update.setTimestamp(1, Timestamp.from(now));
      update.setLong(2, id);
      update.setTimestamp(3, Timestamp.from(now));
      update.setTimestamp(4, Timestamp.from(abandonedBefore));
      return update.executeUpdate() == 1;
    }
  }

  public void markSent(long id, Instant now) throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE mail_outbox SET status = 'SENT', last_error = NULL, sent_at = ?, updated_at = ? WHERE id = ?")) {
      update.setTimestamp(1, Timestamp.from(now));
      update.setTimestamp(2, Timestamp.from(now));
      update.setLong(3, id);
      update.executeUpdate();
    }
  }

  /** Records a failed attempt: PENDING again at {@code retryAt}, or FAILED when it is empty. */
  public void markFailed(long id, String error, Optional<Instant> retryAt, Instant now) throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE mail_outbox SET status = ?, last_error = ?, next_attempt_at = COALESCE(?, next_attempt_at),"
                + " updated_at = ? WHERE id = ?")) {
      update.setString(1, retryAt.isPresent() ? OutboxStatus.PENDING.name() : OutboxStatus.FAILED.name());
      update.setString(2, error.length() > ERROR_LENGTH ? error.substring(0, ERROR_LENGTH) : error);
      update.setTimestamp(3, retryAt.map(Timestamp::from).orElse(null));
      update.setTimestamp(4, Timestamp.from(now));
      update.setLong(5, id);
      update.executeUpdate();
    }
  }

  /** A FAILED message starts over with a fresh set of attempts; false if it was not FAILED. */
  public boolean sendAgain(long id, Instant now) throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE mail_outbox SET status = 'PENDING', attempts = 0, next_attempt_at = ?, updated_at = ?"
                + " WHERE id = ? AND status = 'FAILED'")) {
      update.setTimestamp(1, Timestamp.from(now));
      update.setTimestamp(2, Timestamp.from(now));
      update.setLong(3, id);
      return update.executeUpdate() == 1;
    }
  }

  public Optional<OutboxMessage> find(long id) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement("SELECT " + COLUMNS + " FROM mail_outbox WHERE id = ?")) {
      select.setLong(1, id);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Optional.of(message(row)) : Optional.empty();
      }
    }
  }

  /** Newest first, optionally of one status. */
  public List<OutboxMessage> list(Optional<OutboxStatus> status, int limit, int offset) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT " + COLUMNS + " FROM mail_outbox WHERE (CAST(? AS VARCHAR(16)) IS NULL OR status = ?) ORDER BY id DESC"
                + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
      String name = status.map(Enum::name).orElse(null);
      select.setString(1, name);
      select.setString(2, name);
      select.setInt(3, offset);
      select.setInt(4, limit);
      List<OutboxMessage> messages = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          messages.add(message(rows));
        }
      }
      return messages;
    }
  }

  public long count(Optional<OutboxStatus> status) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement("SELECT COUNT(*) FROM mail_outbox WHERE (CAST(? AS VARCHAR(16)) IS NULL OR status = ?)")) {
      String name = status.map(Enum::name).orElse(null);
      select.setString(1, name);
      select.setString(2, name);
      try (ResultSet row = select.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  private static OutboxMessage message(ResultSet row) throws SQLException {
    return new OutboxMessage(
        row.getLong("id"),
        row.getString("purpose"),
        Arrays.stream(row.getString("recipients").split("\n")).filter(s -> !s.isBlank()).toList(),
        row.getString("subject"),
        row.getString("body"),
        OutboxStatus.valueOf(row.getString("status")),
        row.getInt("attempts"),
        instant(row.getTimestamp("next_attempt_at")),
        row.getString("last_error"),
        instant(row.getTimestamp("created_at")),
        instant(row.getTimestamp("sent_at")));
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
