package com.tierwise.closedloop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tierwise.customer.csv.CustomerCsvReader;
import com.tierwise.customer.imports.CustomerImporter;
import com.tierwise.platform.H2Database;
import com.tierwise.platform.mail.OutgoingMail;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Overdue tasks escalated once, and closed-loop performance, on H2. */
class TaskEscalationH2Test {

  private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

  private Connection connection;
  private TaskRepository tasks;

  @BeforeEach
  void database() throws Exception {
    connection = H2Database.migrated();
    String csv = "external_id,name,owner\nK-1,One,ayse\nK-2,Two,ayse\nK-3,Three,\n";
    new CustomerImporter(connection, new CustomerCsvReader())
        .importCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), NOW);
    SurveyRepository surveys = new SurveyRepository(connection);
    List<ResponseInput> inputs = new ArrayList<>();
    for (String id : List.of("K-1", "K-2", "K-3")) {
      inputs.add(new ResponseInput(id, "SERVICE_CALL", 1, null, "2026-11-22T09:00:00Z", true));
    }
    var outcome = ResponseValidator.validate(inputs, surveys.customers(List.of("K-1", "K-2", "K-3")), NOW);
    surveys.store(outcome.responses(), NOW); // untiered: calls due in 3 days
    connection.commit();
    tasks = new TaskRepository(connection);
  }

  @AfterEach
  void close() throws Exception {
    connection.close();
  }

  private CxTask task(String externalId) throws Exception {
    return tasks.list(new TaskFilter(null, null, null), 10, 0).stream()
        .filter(t -> t.externalId().equals(externalId)).findFirst().orElseThrow();
  }

  @Test
  void overdueTasksAreEscalatedOnceAndDoneOnesNever() throws Exception {
    Instant later = NOW.plus(Duration.ofDays(4));
    assertEquals(List.of(), tasks.overdue(NOW, 10), "nothing is due yet");
    CxTask k1 = task("K-1");
    tasks.completed(k1, k1.status().complete(), "ayse", "Called", NOW.plus(Duration.ofDays(1)));

    List<CxTask> overdue = tasks.overdue(later, 10).stream().map(TaskRepository.Overdue::task).toList();
    assertEquals(List.of("K-2", "K-3"), overdue.stream().map(CxTask::externalId).toList());
    assertEquals("ayse", tasks.overdue(later, 10).get(0).owner());
    EscalationRouting.Recipient lead = new EscalationRouting.Recipient("lead@example.com", null);
    assertTrue(tasks.escalated(overdue.get(0).id(), later, lead));
    assertFalse(tasks.escalated(overdue.get(0).id(), later, lead), "once");
    assertFalse(tasks.escalated(k1.id(), later, lead), "a done task is not escalated");
    assertEquals(later, task("K-2").escalatedAt());
    assertEquals("lead@example.com", task("K-2").escalatedTo());
    assertNull(task("K-3").escalatedAt());
    assertEquals(List.of("K-3"), tasks.overdue(later, 10).stream().map(o -> o.task().externalId()).toList());

    OutgoingMail mail = EscalationMail.of("lead@example.com", overdue, later);
    assertEquals(List.of("lead@example.com"), mail.recipients());
    assertTrue(mail.subject().contains("2 overdue"), mail.subject());
    assertTrue(mail.text().contains("customer K-2, assigned to ayse"), mail.text());
    assertTrue(mail.text().contains("1 d 0 h overdue"), mail.text());
  }

  @Test
  void performanceCountsTheShareDoneInTimeByAssignee() throws Exception {
    CxTask k1 = task("K-1");
    tasks.completed(k1, k1.status().complete(), "ayse", "Called", NOW.plus(Duration.ofDays(1))); // in time
    CxTask k2 = task("K-2");
    tasks.completed(k2, k2.status().complete(), "ayse", "Called", NOW.plus(Duration.ofDays(5))); // late
    Instant later = NOW.plus(Duration.ofDays(6));
    List<TaskPerformance> rows = tasks.performance(TaskType.FOLLOW_UP_CALL, null, null, later);
    assertEquals(2, rows.size());
    TaskPerformance ayse = rows.get(0);
    assertEquals("ayse", ayse.assignee());
    assertEquals(1, ayse.doneInTime());
    assertEquals(1, ayse.doneLate());
    assertEquals(0.5, ayse.inTimeShare(), 1e-9);
    TaskPerformance queue = rows.get(1);
    assertEquals("cx-team", queue.assignee());
    assertEquals(1, queue.overdue());
    assertEquals(0.0, queue.inTimeShare(), 1e-9);
    assertEquals(1.0 / 3, TaskPerformance.total(rows).inTimeShare(), 1e-9);

    assertNull(tasks.performance(TaskType.FOLLOW_UP_CALL, null, null, NOW).get(1).inTimeShare(), "nothing due yet");
    assertEquals(List.of(), tasks.performance(TaskType.FOLLOW_UP_CALL, later, null, later));
  }

  @Test
  void aReassignedTaskIsOpenAgainForItsNewAssignee() throws Exception {
    CxTask k1 = task("K-1");
    tasks.claimed(k1, k1.status().claim(), "ayse", NOW);
    CxTask claimed = task("K-1");
    tasks.reassigned(claimed, claimed.status().reassign(), "mehmet");
    CxTask handed = task("K-1");
    assertEquals(TaskStatus.OPEN, handed.status());
    assertEquals("mehmet", handed.assignee());
    assertEquals(2, handed.version());
  }

  @Test
  void overdueDurationsReadNaturally() {
    assertEquals("45 min", EscalationMail.overdue(Duration.ofMinutes(45)));
    assertEquals("2 h 5 min", EscalationMail.overdue(Duration.ofMinutes(125)));
    assertEquals("3 d 4 h", EscalationMail.overdue(Duration.ofHours(76)));
  }
}
