package com.tierwise.override;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The daily care of approved overrides, on the caller's connection: those past their review date
 * expire (their effect goes, so later runs compute the tier again), and those expiring within
 * the reminder window are claimed for one reminder each. Both moves are conditional updates, so
 * several nodes or a restart never expire or remind twice.
 */
public final class OverrideExpiry {

  /** An override whose requester and board are to be reminded. */
  public record Reminder(long id, String externalId, String demoteExternalId, String tier, LocalDate expiresAt,
      String requestedBy) {}

  private final Connection connection;
  private final EntityManager em;

  public OverrideExpiry(Connection connection, EntityManager em) {
    this.connection = connection;
    this.em = em;
  }

  /**
   * Expires approved overrides whose last day was before today; returns their ids. Each row is
   * locked before its status is checked, so another node that got there first is waited for and
   * skipped. The change goes through JPA: Envers audits it under the revision's default user,
   * the system.
   */
  public List<Long> expire(LocalDate today, Instant now) throws SQLException {
    List<Long> due = ids(
        "SELECT id FROM tier_override WHERE status = 'APPROVED' AND expires_at < ? ORDER BY id", today);
    List<Long> expired = new ArrayList<>();
    for (long id : due) {
      OverrideRecord record = em.find(OverrideRecord.class, id, LockModeType.PESSIMISTIC_WRITE);
      if (record == null || !OverrideStatus.APPROVED.name().equals(record.getStatus())) {
        continue; // another node got there first
      }
      record.expire();
      em.flush();
      try (PreparedStatement delete =
          connection.prepareStatement("DELETE FROM tier_override_effect WHERE override_id = ?")) {
        delete.setLong(1, id);
        delete.executeUpdate();
      }
      expired.add(id);
    }
    return expired;
  }

  /** Claims the approved overrides expiring within the window that have not been reminded yet. */
  public List<Reminder> claimReminders(LocalDate today, int daysBefore, Instant now) throws SQLException {
    List<Reminder> candidates = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT o.id, c.external_id, d.external_id, o.tier, o.expires_at, o.requested_by FROM tier_override o"
                + " JOIN customer c ON c.id = o.customer_id LEFT JOIN customer d ON d.id = o.demote_customer_id"
                + " WHERE o.status = 'APPROVED' AND o.reminder_sent_at IS NULL AND o.expires_at >= ?"
                + " AND o.expires_at <= ? ORDER BY o.id")) {
      select.setDate(1, Date.valueOf(today));
      select.setDate(2, Date.valueOf(today.plusDays(daysBefore)));
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          candidates.add(
              new Reminder(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                  row.getDate(5).toLocalDate(), row.getString(6)));
        }
      }
    }
    List<Reminder> claimed = new ArrayList<>();
    for (Reminder reminder : candidates) {
      try (PreparedStatement update =
          connection.prepareStatement(
              "UPDATE tier_override SET reminder_sent_at = ? WHERE id = ? AND reminder_sent_at IS NULL")) {
        update.setTimestamp(1, Timestamp.from(now));
        update.setLong(2, reminder.id());
        if (update.executeUpdate() == 1) {
          claimed.add(reminder);
        }
      }
    }
    return claimed;
  }

  private List<Long> ids(String sql, LocalDate day) throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      select.setDate(1, Date.valueOf(day));
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          ids.add(row.getLong(1));
        }
      }
    }
    return ids;
  }
}
