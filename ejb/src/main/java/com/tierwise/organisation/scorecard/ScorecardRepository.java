package com.tierwise.organisation.scorecard;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Metric owners and targets in SQL. */
public final class ScorecardRepository {

  private final Connection connection;

  public ScorecardRepository(Connection connection) {
    this.connection = connection;
  }

  public Map<CxMetric, String> owners() throws SQLException {
    Map<CxMetric, String> owners = new EnumMap<>(CxMetric.class);
    try (PreparedStatement select = connection.prepareStatement("SELECT metric, owner FROM cx_metric_owner");
        ResultSet row = select.executeQuery()) {
      while (row.next()) {
        Optional<CxMetric> metric = CxMetric.parse(row.getString(1));
        if (metric.isPresent()) {
          owners.put(metric.get(), row.getString(2));
        }
      }
    }
    return owners;
  }

  public Map<Scorecard.TargetKey, Double> targets(Quarter quarter) throws SQLException {
    Map<Scorecard.TargetKey, Double> targets = new HashMap<>();
    try (PreparedStatement select =
        connection.prepareStatement("SELECT metric, team, target FROM cx_metric_target WHERE quarter = ?")) {
      select.setString(1, quarter.toString());
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          Optional<CxMetric> metric = CxMetric.parse(row.getString(1));
          if (metric.isPresent()) {
            targets.put(new Scorecard.TargetKey(metric.get(), row.getString(2)), row.getBigDecimal(3).doubleValue());
          }
        }
      }
    }
    return targets;
  }

  /** The user's roles, empty when there is no such user. */
  public Optional<Set<String>> roles(String username) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT r.role FROM app_user u LEFT JOIN app_user_role r ON r.user_id = u.id WHERE u.username = ?")) {
      select.setString(1, username);
      try (ResultSet row = select.executeQuery()) {
        Set<String> roles = new java.util.HashSet<>();
        boolean found = false;
        while (row.next()) {
          found = true;
          if (row.getString(1) != null) {
            roles.add(row.getString(1));
          }
        }
        return found ? Optional.of(roles) : Optional.empty();
      }
    }
  }

  public void saveOwner(CxMetric metric, String owner, String by, Instant now) throws SQLException {
    try (PreparedStatement delete = connection.prepareStatement("DELETE FROM cx_metric_owner WHERE metric = ?")) {
      delete.setString(1, metric.name());
      delete.executeUpdate();
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO cx_metric_owner (metric, owner, updated_by, updated_at) VALUES (?, ?, ?, ?)")) {
      insert.setString(1, metric.name());
      insert.setString(2, owner);
      insert.setString(3, by);
      insert.setTimestamp(4, Timestamp.from(now));
      insert.executeUpdate();
    }
  }

  /** Sets the target, or removes it when {@code target} is null. */
  public void saveTarget(CxMetric metric, String team, Quarter quarter, BigDecimal target, String by, Instant now)
      throws SQLException {
    try (PreparedStatement delete =
        connection.prepareStatement("DELETE FROM cx_metric_target WHERE metric = ? AND team = ? AND quarter = ?")) {
      delete.setString(1, metric.name());
      delete.setString(2, team);
      delete.setString(3, quarter.toString());
      delete.executeUpdate();
    }
    if (target == null) {
      return;
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO cx_metric_target (metric, team, quarter, target, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, metric.name());
      insert.setString(2, team);
      insert.setString(3, quarter.toString());
      insert.setBigDecimal(4, target);
      insert.setString(5, by);
      insert.setTimestamp(6, Timestamp.from(now));
      insert.executeUpdate();
    }
  }
}
