package com.tierwise.treatment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Treatment rules and the per-customer look-up, in plain JDBC on the caller's connection. Changes
 * go through {@link TreatmentPolicyRecord} (JPA, audited by Envers).
 */
public final class TreatmentRepository {

  private static final String RULE_COLUMNS =
      "p.segment, p.route, p.first_response_minutes, p.automation_allowed, p.allocation_priority,"
          + " p.payment_terms_days, p.innovation_partner_eligible, p.updated_by, p.updated_at";

  /**
   * One indexed query: the customer by its unique external id, its assignment in the latest run
   * by primary key (overrides are already applied there), and the rule of its segment.
   */
  private static final String FOR_CUSTOMER =
      "SELECT c.external_id, c.hic, a.tier, " + RULE_COLUMNS
          + " FROM customer c"
          + " LEFT JOIN tier_assignment a ON a.customer_id = c.id AND a.run_id = (SELECT MAX(id) FROM tiering_run)"
          + " JOIN treatment_policy p ON p.segment ="
          + " CASE WHEN c.hic THEN 'HIC' ELSE COALESCE(a.tier, 'UNTIERED') END"
          + " WHERE c.external_id = ?";

  private final Connection connection;

  public TreatmentRepository(Connection connection) {
    this.connection = connection;
  }

  public Optional<Treatment> forCustomer(String externalId) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(FOR_CUSTOMER)) {
      select.setString(1, externalId);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        return Optional.of(Treatment.of(row.getString(1), row.getString(3), row.getBoolean(2), rule(row, 4)));
      }
    }
  }

  public List<TreatmentRule> rules() throws SQLException {
    List<TreatmentRule> rules = new ArrayList<>();
    try (PreparedStatement select =
            connection.prepareStatement(
                "SELECT " + RULE_COLUMNS + " FROM treatment_policy p ORDER BY p.allocation_priority, p.segment");
        ResultSet row = select.executeQuery()) {
      while (row.next()) {
        rules.add(rule(row, 1));
      }
    }
    return rules;
  }

  private static TreatmentRule rule(ResultSet row, int first) throws SQLException {
    return new TreatmentRule(
        row.getString(first),
        row.getString(first + 1),
        row.getInt(first + 2),
        row.getBoolean(first + 3),
        row.getInt(first + 4),
        row.getInt(first + 5),
        row.getBoolean(first + 6),
        row.getString(first + 7),
        row.getTimestamp(first + 8).toInstant());
  }
}
