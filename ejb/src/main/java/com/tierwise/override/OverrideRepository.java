package com.tierwise.override;

import com.tierwise.tiering.Tier;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads of overrides and the tiers they impose, in plain JDBC on the caller's connection. The
 * override rows themselves are written through {@link OverrideRecord} (JPA, audited by Envers).
 */
public final class OverrideRepository {

  /** A customer and its tier in the latest run (overrides included); tier null if untiered. */
  public record CustomerTier(long id, String externalId, Tier tier) {}

  private static final String LATEST_RUN = "(SELECT MAX(id) FROM tiering_run)";

  private static final String SELECT =
      "SELECT o.id, c.external_id, d.external_id, o.tier, o.reason, o.justification,"
          + " o.requested_by, o.requested_at, o.status, o.decided_by, o.decided_at,"
          + " o.decision_comment, o.expires_at, o.version, o.customer_id, o.demote_customer_id"
          + " FROM tier_override o JOIN customer c ON c.id = o.customer_id"
          + " LEFT JOIN customer d ON d.id = o.demote_customer_id";

  private final Connection connection;

  public OverrideRepository(Connection connection) {
    this.connection = connection;
  }

  public Optional<CustomerTier> customer(String externalId) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT c.id, c.external_id, a.tier FROM customer c LEFT JOIN tier_assignment a"
                + " ON a.customer_id = c.id AND a.run_id = " + LATEST_RUN
                + " WHERE c.external_id = ?")) {
      select.setString(1, externalId);
      try (ResultSet row = select.executeQuery()) {
        return row.next()
            ? Optional.of(new CustomerTier(row.getLong(1), row.getString(2), Tier.ofCode(row.getString(3))))
            : Optional.empty();
      }
    }
  }

  /** The override with the ids of its customers, for applying it. */
  public record Stored(TierOverride override, long customerId, Long demoteCustomerId) {}

  public Optional<Stored> find(long id) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(SELECT + " WHERE o.id = ?")) {
      select.setLong(1, id);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        long customerId = row.getLong(15);
        long demote = row.getLong(16);
        // wasNull() speaks of the column read last: the demoted customer's, which may be absent.
        Long demoteCustomerId = row.wasNull() ? null : demote;
        return Optional.of(new Stored(read(row), customerId, demoteCustomerId));
      }
    }
  }

  public List<TierOverride> list(OverrideStatus status, int limit, int offset) throws SQLException {
    return list(status, null, limit, offset);
  }

  /** Newest first; with a customer, the overrides that promote or demote them. */
  public List<TierOverride> list(OverrideStatus status, String externalId, int limit, int offset) throws SQLException {
    List<TierOverride> overrides = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            SELECT + where(status, externalId) + " ORDER BY o.id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
      int index = bind(select, status, externalId);
      select.setInt(index++, offset);
      select.setInt(index, limit);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          overrides.add(read(row));
        }
      }
    }
    return overrides;
  }

  public long count(OverrideStatus status) throws SQLException {
    return count(status, null);
  }

  public long count(OverrideStatus status, String externalId) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT COUNT(*) FROM tier_override o JOIN customer c ON c.id = o.customer_id"
                + " LEFT JOIN customer d ON d.id = o.demote_customer_id" + where(status, externalId))) {
      bind(select, status, externalId);
      try (ResultSet row = select.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  private static String where(OverrideStatus status, String externalId) {
    List<String> conditions = new ArrayList<>();
    if (status != null) {
      conditions.add("o.status = ?");
    }
    if (externalId != null) {
      conditions.add("(c.external_id = ? OR d.external_id = ?)");
    }
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  private static int bind(PreparedStatement select, OverrideStatus status, String externalId) throws SQLException {
    int index = 1;
    if (status != null) {
      select.setString(index++, status.name());
    }
    if (externalId != null) {
      select.setString(index++, externalId);
      select.setString(index++, externalId);
    }
    return index;
  }

  /**
   * The status changes written to tier_override_audit before Hibernate Envers took over (V50);
   * kept readable as history. Nothing writes there any more.
   */
  public List<AuditEntry> legacyTrail(long overrideId) throws SQLException {
    List<AuditEntry> entries = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT actor, acted_at, from_status, to_status, remark FROM tier_override_audit"
                + " WHERE override_id = ? ORDER BY id")) {
      select.setLong(1, overrideId);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          String from = row.getString(3);
          entries.add(
              new AuditEntry(
                  row.getString(1),
                  row.getTimestamp(2).toInstant(),
                  from == null ? null : OverrideStatus.valueOf(from),
                  OverrideStatus.valueOf(row.getString(4)),
                  row.getString(5),
                  List.of(),
                  null,
                  null));
        }
      }
    }
    return entries;
  }

  /**
   * Makes an approved override hold: records the tier it imposes on the customer for later runs
   * (replacing an earlier override's), and sets it in the latest run so reads show it at once.
   */
  public void impose(long overrideId, long customerId, Tier tier, LocalDate expiresAt) throws SQLException {
    try (PreparedStatement delete =
        connection.prepareStatement("DELETE FROM tier_override_effect WHERE customer_id = ?")) {
      delete.setLong(1, customerId);
      delete.executeUpdate();
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO tier_override_effect (customer_id, override_id, tier, expires_at) VALUES (?, ?, ?, ?)")) {
      insert.setLong(1, customerId);
      insert.setLong(2, overrideId);
      insert.setString(3, tier.name());
      insert.setDate(4, Date.valueOf(expiresAt));
      insert.executeUpdate();
    }
    int updated;
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE tier_assignment SET tier = ? WHERE run_id = " + LATEST_RUN + " AND customer_id = ?")) {
      update.setString(1, tier.name());
      update.setLong(2, customerId);
      updated = update.executeUpdate();
    }
    if (updated == 0) {
      // Imported after the latest run: give it a row there, without computed figures.
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO tier_assignment (run_id, customer_id, tier)"
                  + " SELECT MAX(id), ?, ? FROM tiering_run HAVING MAX(id) IS NOT NULL")) {
        insert.setLong(1, customerId);
        insert.setString(2, tier.name());
        insert.executeUpdate();
      }
    }
  }

  private static TierOverride read(ResultSet row) throws SQLException {
    Timestamp decidedAt = row.getTimestamp(11);
    Date expiresAt = row.getDate(13);
    String decidedBy = row.getString(10);
    return new TierOverride(
        row.getLong(1),
        row.getString(2),
        row.getString(3),
        Tier.valueOf(row.getString(4)),
        OverrideReason.valueOf(row.getString(5)),
        row.getString(6),
        row.getString(7),
        row.getTimestamp(8).toInstant(),
        OverrideStatus.valueOf(row.getString(9)),
        decidedBy,
        decidedAt == null ? null : decidedAt.toInstant(),
        row.getString(12),
        expiresAt == null ? null : expiresAt.toLocalDate(),
        row.getLong(14));
  }
}
