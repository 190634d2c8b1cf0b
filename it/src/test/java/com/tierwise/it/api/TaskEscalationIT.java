package com.tierwise.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.tierwise.it.support.Api;
import com.tierwise.it.support.Deployments;
import com.tierwise.it.support.Eventually;
import com.tierwise.it.support.Inbox;
import com.tierwise.it.support.TestDatabase;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Overdue follow-ups escalated once to the CX lead by mail, and closed-loop performance. */
@ExtendWith(ArquillianExtension.class)
class TaskEscalationIT {

  @RegisterExtension static final GreenMailExtension SMTP = Inbox.smtp();

  private final Api analyst = Api.newUser("analyst.escalation", "CX_ANALYST");
  private final Api manager = Api.newUser("manager.escalation", "ACCOUNT_MANAGER");

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  @BeforeEach
  void detractors() {
    TestDatabase.resetCustomers();
    assertEquals(200, analyst.post("customers/import", "text/csv", "external_id,name,owner\nE-1,One,ayse\nE-2,Two,ayse\nE-3,Three,\n").status());
    String at = Instant.now().minusSeconds(60).toString();
    StringBuilder body = new StringBuilder("[");
    for (String id : new String[] {"E-1", "E-2", "E-3"}) {
      body.append(body.length() == 1 ? "" : ",")
          .append("{\"externalId\":\"").append(id).append("\",\"touchpoint\":\"SERVICE_CALL\",\"score\":1,\"respondedAt\":\"")
          .append(at).append("\"}");
    }
    assertEquals(201, manager.postJson("surveys/responses", body.append("]").toString()).status());
  }

  @AfterEach
  void clean() {
    TestDatabase.resetCustomers();
  }

  @Test
  void overdueTasksAreEscalatedOnceToTheCxLead() throws Exception {
    assertEquals(0, analyst.postJson("tasks/escalations", "").json().getInt("escalated"), "nothing overdue yet");
    TestDatabase.execute(
        "UPDATE cx_task SET due_at = created_at - INTERVAL '1 hour' WHERE customer_id IN"
            + " (SELECT id FROM customer WHERE external_id IN ('E-2', 'E-3'))");
    JsonArray open = manager.get("tasks?type=FOLLOW_UP_CALL&status=OPEN").array();
    long e1 = open.stream().map(JsonObject.class::cast).filter(t -> t.getString("externalId").equals("E-1"))
        .findFirst().orElseThrow().getJsonNumber("id").longValue();

    Api.Response escalated = analyst.postJson("tasks/escalations", "");
    assertEquals(200, escalated.status(), escalated.toString());
    assertEquals(2, escalated.json().getInt("escalated"));
    assertTrue(SMTP.waitForIncomingEmail(15_000, 1));
    MimeMessage mail = SMTP.getReceivedMessages()[0];
    assertEquals("cx-lead@it.example", mail.getAllRecipients()[0].toString());
    String text = String.valueOf(mail.getContent());
    assertTrue(text.contains("customer E-2, assigned to ayse") && text.contains("customer E-3, assigned to cx-team"), text);
    assertFalse(text.contains("E-1"), text);

    assertEquals(0, analyst.postJson("tasks/escalations", "").json().getInt("escalated"), "once per task");
    assertEquals(1, SMTP.getReceivedMessages().length);
    // The digest went through the mail outbox (retried there if the mail server had been down).
    Api admin = Api.admin();
    JsonObject queued = Eventually.eventually(Duration.ofSeconds(15), () -> admin.get("mail/outbox?limit=50").array()
        .stream().map(JsonObject.class::cast)
        .filter(m -> m.getString("purpose").equals("TASK_ESCALATION") && m.getString("status").equals("SENT"))
        .findFirst().orElse(null));
    assertTrue(queued != null, "the digest is SENT in the outbox");
    assertEquals(mail.getSubject(), queued.getString("subject"));
    assertEquals(2, TestDatabase.count("SELECT COUNT(*) FROM cx_task WHERE escalated_at IS NOT NULL AND escalated_to = 'cx-lead@it.example'"));
    JsonArray stillOpen = manager.get("tasks?type=FOLLOW_UP_CALL&status=OPEN").array();
    assertEquals(3, stillOpen.size(), "escalated tasks stay open for their assignee");
    assertEquals(2, stillOpen.stream().map(JsonObject.class::cast).filter(t -> !t.isNull("escalatedAt")).count());

    assertEquals(200, manager.postJson("tasks/" + e1 + "/complete", "{\"outcome\":\"Called back, solved\"}").status());
    JsonObject performance = manager.get("tasks/performance").json();
    JsonObject total = performance.getJsonObject("total");
    assertEquals(3, total.getInt("tasks"), performance.toString());
    assertEquals(1, total.getInt("doneInTime"));
    assertEquals(2, total.getInt("overdue"));
    assertEquals(2, total.getInt("escalated"));
    assertEquals(1.0 / 3, total.getJsonNumber("inTimeShare").doubleValue(), 1e-9);
    assertEquals(2, performance.getJsonArray("byAssignee").size());

    long e2 = stillOpen.stream().map(JsonObject.class::cast).filter(t -> t.getString("externalId").equals("E-2"))
        .findFirst().orElseThrow().getJsonNumber("id").longValue();
    Api.Response handed = manager.postJson("tasks/" + e2 + "/reassign", "{\"assignee\":\"mehmet\"}");
    assertEquals(200, handed.status(), handed.toString());
    assertEquals("mehmet", handed.json().getString("assignee"));
    assertEquals("OPEN", handed.json().getString("status"));
    assertEquals(400, manager.postJson("tasks/" + e2 + "/reassign", "{\"assignee\":\" \"}").status());
    assertEquals(409, manager.postJson("tasks/" + e1 + "/reassign", "{\"assignee\":\"mehmet\"}").status(), "done");

    assertEquals(403, manager.postJson("tasks/escalations", "").status());
    assertEquals(400, manager.get("tasks/performance?from=yesterday").status());
  }
}
