package com.tierwise.customer.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tierwise.platform.H2Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CustomerProfileQueriesH2Test {

  private Connection connection;
  private CustomerProfileQueries queries;
  private final Instant now = Instant.parse("2026-11-22T10:00:00Z");

  @BeforeEach
  void database() throws Exception {
    connection = H2Database.migrated();
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO customer (external_id, name, search_name, created_at, updated_at)"
                + " VALUES (?, ?, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")) {
      for (String id : List.of("A-1", "B-1")) {
        insert.setString(1, id);
        insert.setString(2, id);
        insert.setString(3, id);
        insert.executeUpdate();
      }
    }
    queries = new CustomerProfileQueries(connection);
  }

  @AfterEach
  void close() throws Exception {
    connection.close();
  }

  @Test
  void notesComeBackNewestFirstForTheirCustomerOnly() throws Exception {
    queries.addNote(1, "ayşe", now, "İlk not: müşteri İzmir'de");
    queries.addNote(1, "reza", now.plusSeconds(60), "یادداشت دوم");
    queries.addNote(2, "other", now, "not this one");
    List<CustomerNote> notes = queries.notes(1, 10);
    assertEquals(List.of("یادداشت دوم", "İlk not: müşteri İzmir'de"), notes.stream().map(CustomerNote::text).toList());
    assertEquals("reza", notes.get(0).author());
    assertEquals(now.plusSeconds(60), notes.get(0).createdAt());
  }

  @Test
  void activityListsOverridesOnBothSidesAndOpenTasksOnly() throws Exception {
    connection.createStatement().executeUpdate(
        "INSERT INTO tier_override (customer_id, demote_customer_id, tier, reason, justification,"
            + " requested_by, requested_at, status) VALUES (2, 1, 'A', 'LEGACY', 'why', 'ali',"
            + " CURRENT_TIMESTAMP, 'PENDING')");
    connection.createStatement().executeUpdate(
        "INSERT INTO survey_response (customer_id, touchpoint, score, comment, responded_at, received_at)"
            + " VALUES (1, 'SERVICE_CALL', 3, 'yavaş', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
    connection.createStatement().executeUpdate(
        "INSERT INTO cx_task (customer_id, response_id, type, status, assignee, due_at, created_at)"
            + " VALUES (1, 1, 'FOLLOW_UP_CALL', 'OPEN', 'owner', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");

    CustomerActivity activity = queries.activity(1, 10);
    assertEquals(1, activity.overrides().size());
    assertEquals(true, activity.overrides().get(0).demoted());
    assertEquals("B-1", activity.overrides().get(0).otherExternalId());
    assertEquals("DETRACTOR", activity.responses().get(0).category());
    assertEquals(1, activity.openTasks().size());

    connection.createStatement().executeUpdate("UPDATE cx_task SET status = 'DONE'");
    assertEquals(0, queries.activity(1, 10).openTasks().size());
    assertEquals(false, queries.activity(2, 10).overrides().get(0).demoted());
  }
}
