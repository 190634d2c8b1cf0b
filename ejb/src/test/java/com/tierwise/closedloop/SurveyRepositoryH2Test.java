package com.tierwise.closedloop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tierwise.customer.csv.CustomerCsvReader;
import com.tierwise.customer.imports.CustomerImporter;
import com.tierwise.platform.H2Database;
import com.tierwise.tiering.TieringEngine;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The survey and task SQL on H2, the embedded default database (PostgreSQL is covered in the it module). */
class SurveyRepositoryH2Test {

  private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

  private Connection connection;
  private SurveyRepository surveys;

  @BeforeEach
  void database() throws Exception {
    connection = H2Database.migrated();
    surveys = new SurveyRepository(connection);
    // T-1..T-21 tier C (1..11), B (12..19), A (20, 21) with the default policy; U-1 untiered.
    StringBuilder csv = new StringBuilder("external_id,name,business_value,cx_score,owner\n");
    for (int i = 1; i <= 21; i++) {
      csv.append("T-").append(i).append(",C").append(i).append(',').append(i).append(',').append(i)
          .append(',').append(i % 2 == 0 ? "ayse" : "").append('\n');
    }
    csv.append("U-1,No CX,1000,,\n");
    new CustomerImporter(connection, new CustomerCsvReader())
        .importCsv(new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), NOW);
    new TieringEngine(connection, Clock.fixed(NOW, ZoneOffset.UTC)).run("tester");
    connection.commit();
  }

  @AfterEach
  void close() throws Exception {
    connection.close();
  }

  private List<SurveyResponse> responses(Object... idTouchpointScoreAt) throws Exception {
    List<ResponseInput> inputs = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < idTouchpointScoreAt.length; i += 4) {
      ids.add((String) idTouchpointScoreAt[i]);
      inputs.add(
          new ResponseInput(
              (String) idTouchpointScoreAt[i], (String) idTouchpointScoreAt[i + 1], idTouchpointScoreAt[i + 2],
              "نظر " + i, (String) idTouchpointScoreAt[i + 3], true));
    }
    ResponseValidator.Outcome outcome = ResponseValidator.validate(inputs, surveys.customers(ids), NOW);
    assertTrue(outcome.valid(), outcome.errors().toString());
    return outcome.responses();
  }

  @Test
  void customersComeWithOwnerAndCurrentTier() throws Exception {
    Map<String, CustomerContext> found = surveys.customers(List.of("T-20", "T-11", "U-1", "NOPE"));
    assertEquals(3, found.size());
    assertEquals(com.tierwise.tiering.Tier.A, found.get("T-20").tier());
    assertEquals("ayse", found.get("T-20").owner());
    assertEquals(com.tierwise.tiering.Tier.C, found.get("T-11").tier());
    assertNull(found.get("U-1").tier());
  }

  @Test
  void storedResponsesOpenTasksAndAddUpToTheNps() throws Exception {
    int tasks =
        surveys.store(
            responses(
                "T-20", "SERVICE_CALL", 2, "2026-10-01T10:00:00Z",
                "T-11", "SERVICE_CALL", 10, "2026-10-02T10:00:00Z",
                "T-12", "SALES_CALL", 8, "2026-11-01T10:00:00Z",
                "U-1", "AFTER_PURCHASE", 0, "2026-11-02T10:00:00Z"),
            NOW);
    connection.commit();
    assertEquals(3, tasks);

    Nps all = surveys.nps(new NpsFilter(null, null, null, null));
    assertEquals(Nps.of(1, 1, 2), all);
    assertEquals(Nps.of(1, 0, 1), surveys.nps(new NpsFilter(Touchpoint.SERVICE_CALL, null, null, null)));
    assertEquals(Nps.of(0, 0, 1), surveys.nps(new NpsFilter(null, "A", null, null)));
    assertEquals(Nps.of(0, 0, 1), surveys.nps(new NpsFilter(null, "UNTIERED", null, null)));
    assertEquals(
        Nps.of(0, 1, 1),
        surveys.nps(new NpsFilter(null, null, Instant.parse("2026-11-01T00:00:00Z"), null)));
    assertEquals(
        Nps.of(1, 0, 1),
        surveys.nps(new NpsFilter(null, null, null, Instant.parse("2026-11-01T10:00:00Z"))));
    assertNull(surveys.nps(new NpsFilter(Touchpoint.WEBSITE_VISIT, null, null, null)).nps());

    TaskRepository repository = new TaskRepository(connection);
    List<CxTask> open = repository.list(new TaskFilter(null, TaskStatus.OPEN, null), 100, 0);
    assertEquals(3, open.size());
    assertEquals(3, repository.count(new TaskFilter(null, null, null)));
    CxTask first = open.get(0); // the tier-A detractor is the most urgent
    assertEquals("T-20", first.externalId());
    assertEquals(TaskType.FOLLOW_UP_CALL, first.type());
    assertEquals("ayse", first.assignee());
    assertEquals(NOW.plus(Duration.ofHours(4)), first.dueAt());
    CxTask testimonial =
        repository.list(new TaskFilter(TaskType.TESTIMONIAL_REQUEST, null, null), 100, 0).get(0);
    assertEquals("T-11", testimonial.externalId());
    assertEquals("cx-team", testimonial.assignee());
    assertEquals(NOW.plus(Duration.ofDays(7)), testimonial.dueAt());
    CxTask untiered = open.get(1);
    assertEquals("U-1", untiered.externalId());
    assertEquals(NOW.plus(Duration.ofDays(3)), untiered.dueAt());

    CxTask locked = repository.lock(first.id()).orElseThrow();
    repository.claimed(locked, locked.status().claim(), "mehmet", NOW);
    CxTask claimed = repository.find(first.id()).orElseThrow();
    assertEquals(TaskStatus.CLAIMED, claimed.status());
    assertEquals("mehmet", claimed.assignee());
    repository.completed(claimed, claimed.status().complete(), "mehmet", "Replaced the device", NOW);
    CxTask done = repository.find(first.id()).orElseThrow();
    assertEquals(TaskStatus.DONE, done.status());
    assertEquals("Replaced the device", done.outcome());
    assertEquals(2, done.version());
  }

  @Test
  void largeBatchesKeepEveryKey() throws Exception {
    Object[] many = new Object[1201 * 4];
    for (int i = 0; i < 1201; i++) {
      many[i * 4] = "T-" + (i % 21 + 1);
      many[i * 4 + 1] = "WEBSITE_VISIT";
      many[i * 4 + 2] = i % 11;
      many[i * 4 + 3] = "2026-11-01T10:00:00Z";
    }
    int tasks = surveys.store(responses(many), NOW);
    connection.commit();
    Nps nps = surveys.nps(new NpsFilter(null, null, null, null));
    assertEquals(1201, nps.responses());
    assertEquals(nps.promoters() + nps.detractors(), tasks);
    assertEquals(tasks, new TaskRepository(connection).count(new TaskFilter(null, null, null)));
  }
}
