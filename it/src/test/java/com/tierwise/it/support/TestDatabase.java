package com.tierwise.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Direct access to the tests' PostgreSQL schema, to put it in a known state before a test. The
 * application under test sees the same schema through its datasource.
 */
public final class TestDatabase {

  public static final String SCHEMA = System.getProperty("tierwise.it.db.schema", "tierwise_it");

  private TestDatabase() {}

  public static Connection connect() throws SQLException {
    return DriverManager.getConnection(
        System.getProperty("tierwise.it.db.url"), System.getProperty("tierwise.it.db.user"), "");
  }

  /** Drops the schema at the start of a test run, so every run starts from migration V1. */
  static void recreateSchema() throws SQLException {
    recreateSchema(SCHEMA);
  }

  /** Drops and creates the named schema (a second server's, such as the restart test's). */
  public static void recreateSchema(String schema) throws SQLException {
    try (Connection connection =
            DriverManager.getConnection(
                System.getProperty("tierwise.it.db.url").replaceFirst("\\?.*$", ""),
                System.getProperty("tierwise.it.db.user"),
                "");
        Statement ddl = connection.createStatement()) {
      ddl.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      ddl.execute("CREATE SCHEMA " + schema);
    }
  }

  /**
   * Removes survey responses, tasks, overrides, customers, runs and policy versions after the
   * first, and restores the seeded treatment policy; users stay.
   */
  public static void resetCustomers() {
    try (Connection connection = connect()) {
      resetCustomers(connection);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public static void resetCustomers(Connection connection) throws SQLException {
    try (Statement delete = connection.createStatement()) {
      delete.execute("DELETE FROM customer_note");
      delete.execute("DELETE FROM cx_task");
      delete.execute("DELETE FROM survey_response");
      // Governance records reference customers, so they go first.
      delete.execute("DELETE FROM governance_audit");
      delete.execute("DELETE FROM silo_segmentation");
      delete.execute("DELETE FROM hic_team_member");
      delete.execute("DELETE FROM hic_profile");
      delete.execute("DELETE FROM hic_membership");
      delete.execute("DELETE FROM hic_nomination_answer");
      delete.execute("DELETE FROM hic_nomination");
      delete.execute("DELETE FROM tier_override_effect");
      delete.execute("DELETE FROM tier_override_audit");
      delete.execute("DELETE FROM tier_override_aud");
      delete.execute("DELETE FROM treatment_policy_aud");
      for (String audited : new String[] {"hic_nomination", "hic_nomination_answer", "hic_membership", "hic_profile", "hic_team_member"}) {
        delete.execute("DELETE FROM " + audited + "_aud");
      }
      delete.execute("DELETE FROM audit_revision");
      delete.execute("DELETE FROM tier_override");
      delete.execute(
          "UPDATE treatment_policy SET route = CASE segment WHEN 'HIC' THEN 'DEDICATED_TEAM'"
              + " WHEN 'A' THEN 'PRIORITY_QUEUE' ELSE 'STANDARD_QUEUE' END,"
              + " first_response_minutes = CASE segment WHEN 'HIC' THEN 15 WHEN 'A' THEN 60"
              + " WHEN 'B' THEN 240 ELSE 1440 END,"
              + " automation_allowed = segment IN ('B', 'C', 'UNTIERED'),"
              + " allocation_priority = CASE segment WHEN 'HIC' THEN 1 WHEN 'A' THEN 2 WHEN 'B' THEN 3"
              + " WHEN 'C' THEN 4 ELSE 5 END,"
              + " payment_terms_days = CASE segment WHEN 'HIC' THEN 90 WHEN 'A' THEN 60 WHEN 'B' THEN 45"
              + " ELSE 30 END,"
              + " innovation_partner_eligible = segment IN ('HIC', 'A')");
      // The Envers baseline again (as V50 writes it), so the next policy change has a "before".
      delete.execute(
          "INSERT INTO audit_revision (revised_at, username, request_id) VALUES (CURRENT_TIMESTAMP, 'system', 'baseline')");
      delete.execute(
          "INSERT INTO treatment_policy_aud (segment, rev, revtype, route, first_response_minutes, automation_allowed,"
              + " allocation_priority, payment_terms_days, innovation_partner_eligible)"
              + " SELECT segment, (SELECT MAX(id) FROM audit_revision), 0, route, first_response_minutes,"
              + " automation_allowed, allocation_priority, payment_terms_days, innovation_partner_eligible"
              + " FROM treatment_policy");
      delete.execute("DELETE FROM tier_assignment");
      delete.execute("DELETE FROM tiering_run_cell");
      delete.execute("DELETE FROM tiering_run_movement");
      delete.execute("DELETE FROM tiering_run_warning");
      delete.execute("DELETE FROM tiering_run");
      delete.execute("DELETE FROM tiering_policy WHERE policy_version > 1");
      delete.execute("DELETE FROM customer");
    }
  }

  /** Runs one statement of test set-up, for facts the API cannot set yet. */
  public static void execute(String sql) {
    try (Connection connection = connect();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public static long count(String sql) {
    try (Connection connection = connect();
        Statement select = connection.createStatement();
        var row = select.executeQuery(sql)) {
      row.next();
      return row.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
