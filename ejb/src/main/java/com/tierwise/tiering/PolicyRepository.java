package com.tierwise.tiering;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Policy versions in the database. A policy is never changed: saving adds a version. */
public final class PolicyRepository {

  private static final String COLUMNS =
      "id, policy_version, business_cut_low, business_cut_high, cx_cut_low, cx_cut_high, grid,"
          + " min_coverage, created_by, created_at";

  private final Connection connection;

  public PolicyRepository(Connection connection) {
    this.connection = connection;
  }

  /** The newest version; V1 of the schema inserts the default, so there always is one. */
  public PolicyVersion current() throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT " + COLUMNS + " FROM tiering_policy ORDER BY policy_version DESC"
                + " FETCH FIRST 1 ROWS ONLY")) {
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          throw new IllegalStateException("No tiering policy: the schema migration did not run");
        }
        return read(row);
      }
    }
  }

  public Optional<PolicyVersion> byId(long id) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement("SELECT " + COLUMNS + " FROM tiering_policy WHERE id = ?")) {
      select.setLong(1, id);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Optional.of(read(row)) : Optional.empty();
      }
    }
  }

  public List<PolicyVersion> history(int limit, int offset) throws SQLException {
    List<PolicyVersion> versions = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT " + COLUMNS + " FROM tiering_policy ORDER BY policy_version DESC"
                + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
      select.setInt(1, offset);
      select.setInt(2, limit);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          versions.add(read(row));
        }
      }
    }
    return versions;
  }

  /** Saves the policy as the next version; the caller holds the tiering lock. */
  public PolicyVersion save(TieringPolicy policy, String createdBy, Instant now)
      throws SQLException {
    int next = current().version() + 1;
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO tiering_policy (policy_version, business_cut_low, business_cut_high,"
                + " cx_cut_low, cx_cut_high, grid, min_coverage, created_by, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            new String[] {"id"})) {
      insert.setInt(1, next);
      insert.setBigDecimal(2, policy.businessCuts().low());
      insert.setBigDecimal(3, policy.businessCuts().high());
      insert.setBigDecimal(4, policy.cxCuts().low());
      insert.setBigDecimal(5, policy.cxCuts().high());
      insert.setString(6, policy.grid().code());
      insert.setBigDecimal(7, policy.minCoverage());
      insert.setString(8, createdBy);
      insert.setTimestamp(9, Timestamp.from(now));
      insert.executeUpdate();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        keys.next();
        return new PolicyVersion(keys.getLong(1), next, policy, createdBy, now);
      }
    }
  }

  private static PolicyVersion read(ResultSet row) throws SQLException {
    TieringPolicy policy =
        new TieringPolicy(
            new Cuts(plain(row.getBigDecimal(3)), plain(row.getBigDecimal(4))),
            new Cuts(plain(row.getBigDecimal(5)), plain(row.getBigDecimal(6))),
            TierGrid.fromCode(row.getString(7)),
            plain(row.getBigDecimal(8)));
    return new PolicyVersion(
        row.getLong(1),
        row.getInt(2),
        policy,
        row.getString(9),
        row.getTimestamp(10).toInstant());
  }

  /** 50.0000 from NUMERIC(9,4) reads back as 50, as it was written. */
  private static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
