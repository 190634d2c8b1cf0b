package com.tierwise.governance;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The hand-written before/after audit (governance_audit), written on the caller's connection so
 * it commits or rolls back with the change itself. Since V50 overrides and the treatment policy
 * and since V81 HIC nominations, memberships and profiles are audited by Hibernate Envers instead
 * ({@link GovernanceHistory} merges both); their rows here and in tier_override_audit stay
 * readable as the history before that. The organisation's glossary, personas and journey stages
 * are still recorded here.
 */
public final class GovernanceAudit {

  private static final int MAX_STATE = 8000;

  private final Connection connection;

  public GovernanceAudit(Connection connection) {
    this.connection = connection;
  }

  public void record(
      Long customerId, String subject, Object subjectId, String action, String actor, Instant at,
      String before, String after, String remark) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO governance_audit (customer_id, subject, subject_id, action, actor, acted_at,"
                + " before_state, after_state, remark) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      if (customerId == null) {
        insert.setNull(1, Types.BIGINT);
      } else {
        insert.setLong(1, customerId);
      }
      insert.setString(2, subject);
      insert.setString(3, String.valueOf(subjectId));
      insert.setString(4, action);
      insert.setString(5, actor);
      insert.setTimestamp(6, Timestamp.from(at));
      insert.setString(7, clip(before));
      insert.setString(8, clip(after));
      insert.setString(9, remark);
      insert.executeUpdate();
    }
  }

  /** The audit of one subject, oldest first. */
  public List<AuditRecord> forSubject(String subject, String subjectId) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT c.external_id, a.subject, a.subject_id, a.action, a.actor, a.acted_at, a.before_state,"
                + " a.after_state, a.remark FROM governance_audit a LEFT JOIN customer c ON c.id = a.customer_id"
                + " WHERE a.subject = ? AND a.subject_id = ? ORDER BY a.id")) {
      select.setString(1, subject);
      select.setString(2, subjectId);
      return read(select);
    }
  }

  /**
   * Everything audited about one customer, oldest first: HIC nominations, membership, profile,
   * and the status changes of overrides that promote or demote them.
   */
  public List<AuditRecord> forCustomer(String externalId) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT external_id, subject, subject_id, action, actor, acted_at, before_state, after_state, remark"
                + " FROM ("
                + " SELECT c.external_id, a.subject, a.subject_id, a.action, a.actor, a.acted_at,"
                + " a.before_state, a.after_state, a.remark, 1 AS source, a.id AS seq"
                + " FROM governance_audit a JOIN customer c ON c.id = a.customer_id WHERE c.external_id = ?"
                + " UNION ALL"
                + " SELECT c.external_id, 'OVERRIDE', CAST(o.id AS VARCHAR(64)), t.to_status, t.actor, t.acted_at,"
                + " CASE WHEN t.from_status IS NULL THEN NULL ELSE '{\"status\":\"' || t.from_status || '\"}' END,"
                + " '{\"status\":\"' || t.to_status || '\",\"tier\":\"' || o.tier || '\"}', t.remark,"
                + " 2, t.id"
                + " FROM tier_override_audit t JOIN tier_override o ON o.id = t.override_id"
                + " JOIN customer c ON c.id = o.customer_id OR c.id = o.demote_customer_id"
                + " WHERE c.external_id = ?"
                + ") x ORDER BY acted_at, source, seq")) {
      select.setString(1, externalId);
      select.setString(2, externalId);
      return read(select);
    }
  }

  private static List<AuditRecord> read(PreparedStatement select) throws SQLException {
    List<AuditRecord> records = new ArrayList<>();
    try (ResultSet row = select.executeQuery()) {
      while (row.next()) {
        records.add(
            AuditRecord.legacy(
                row.getString(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5),
                row.getTimestamp(6).toInstant(), row.getString(7), row.getString(8), row.getString(9)));
      }
    }
    return records;
  }

  private static String clip(String state) {
    return state == null || state.length() <= MAX_STATE ? state : state.substring(0, MAX_STATE);
  }
}
