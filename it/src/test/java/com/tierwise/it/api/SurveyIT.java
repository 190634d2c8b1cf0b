package com.tierwise.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tierwise.it.support.Api;
import com.tierwise.it.support.Deployments;
import com.tierwise.it.support.TestDatabase;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Survey responses, NPS and the closed loop's tasks over HTTP, as ACCEPTANCE.md writes them. */
@ExtendWith(ArquillianExtension.class)
class SurveyIT {

  private final Api analyst = Api.newUser("analyst.survey", "CX_ANALYST");
  private final Api manager = Api.newUser("manager.survey", "ACCOUNT_MANAGER");

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  @BeforeEach
  void emptyDatabase() {
    TestDatabase.resetCustomers();
  }

  /**
   * The worked example of TieringIT: T-1..T-11 tier C, T-12..T-19 B, T-20 and T-21 A, U-1
   * untiered. T-20 is owned by ayse, T-12 by ben; nobody owns the others.
   */
  private void customersWithTiers() {
    StringBuilder csv = new StringBuilder("external_id,name,business_value,cx_score,owner\n");
    for (int i = 1; i <= 21; i++) {
      String owner = i == 20 ? "ayse" : i == 12 ? "ben" : "";
      csv.append("T-").append(i).append(",Customer ").append(i).append(',').append(i).append(',').append(i)
          .append(',').append(owner).append('\n');
    }
    csv.append("U-1,No CX yet,1000,,\n");
    Api.Response imported = analyst.post("customers/import", "text/csv", csv.toString());
    assertEquals(200, imported.status(), imported.toString());
    Api.Response run = analyst.postJson("tiering/runs", "");
    assertEquals(201, run.status(), run.toString());
  }

  private static String response(String externalId, String touchpoint, Object score, String respondedAt) {
    return "{\"externalId\":\"" + externalId + "\",\"touchpoint\":\"" + touchpoint + "\",\"score\":" + score
        + ",\"comment\":\"خیلی خوب بود، teşekkürler\",\"respondedAt\":\"" + respondedAt + "\"}";
  }

  /** Two promoters, two passives and three detractors across tiers, touchpoints and months. */
  private void sevenResponses() {
    String body =
        "["
            + String.join(
                ",",
                response("T-20", "SERVICE_CALL", 2, "2025-03-01T10:00:00Z"),
                response("T-21", "SERVICE_CALL", 10, "2025-03-02T10:00:00Z"),
                response("T-21", "AFTER_PURCHASE", 9, "2025-04-01T10:00:00Z"),
                response("T-12", "SALES_CALL", 8, "2025-04-02T10:00:00Z"),
                response("T-12", "WEBSITE_VISIT", 6, "2025-04-03T10:00:00Z"),
                response("T-1", "AFTER_PURCHASE", 7, "2025-04-04T10:00:00Z"),
                response("U-1", "SERVICE_CALL", 0, "2025-05-01T10:00:00+03:00"))
            + "]";
    Api.Response posted = manager.postJson("surveys/responses", body);
    assertEquals(201, posted.status(), posted.toString());
    assertEquals(7, posted.json().getInt("accepted"));
  }

  private JsonObject nps(String query) {
    Api.Response nps = analyst.get("nps" + query);
    assertEquals(200, nps.status(), nps.toString());
    return nps.json();
  }

  private static void assertNps(JsonObject nps, int responses, int promoters, int passives, int detractors) {
    assertEquals(responses, nps.getInt("responses"), nps.toString());
    assertEquals(promoters, nps.getInt("promoters"), nps.toString());
    assertEquals(passives, nps.getInt("passives"), nps.toString());
    assertEquals(detractors, nps.getInt("detractors"), nps.toString());
    if (responses == 0) {
      assertEquals(JsonValue.NULL, nps.get("nps"), nps.toString());
    } else {
      assertEquals(100.0 * (promoters - detractors) / responses, nps.getJsonNumber("nps").doubleValue(), 1e-9);
    }
  }

  @Test
  void validResponsesAreAcceptedAndStored() {
    customersWithTiers();
    sevenResponses();
    assertEquals(7, TestDatabase.count("SELECT COUNT(*) FROM survey_response"));
    assertEquals("خیلی خوب بود، teşekkürler", textOf("SELECT comment FROM survey_response WHERE score = 0"));
  }

  private static String textOf(String sql) {
    try (var connection = TestDatabase.connect();
        var select = connection.createStatement();
        var row = select.executeQuery(sql)) {
      row.next();
      return row.getString(1);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aBatchWithBadElementsIsRefusedWholeWithEveryProblem() {
    customersWithTiers();
    String body =
        "["
            + String.join(
                ",",
                response("T-20", "SERVICE_CALL", 2, "2025-03-01T10:00:00Z"),
                response("NOPE-1", "SERVICE_CALL", 2, "2025-03-01T10:00:00Z"),
                response("T-20", "CHAT", 2, "2025-03-01T10:00:00Z"),
                response("T-20", "SERVICE_CALL", 11, "2025-03-01T10:00:00Z"),
                response("T-20", "SERVICE_CALL", 7.5, "2025-03-01T10:00:00Z"),
                response("T-20", "SERVICE_CALL", 5, "01/03/2025"),
                response("T-20", "SERVICE_CALL", 5, "2999-01-01T00:00:00Z"),
                "{\"externalId\":\"T-20\",\"touchpoint\":\"SALES_CALL\",\"score\":5,\"respondedAt\":"
                    + "\"2025-03-01T10:00:00Z\",\"comment\":\"" + "ş".repeat(4001) + "\"}",
                "42")
            + "]";
    Api.Response refused = analyst.postJson("surveys/responses", body);
    assertEquals(422, refused.status(), refused.toString());
    JsonArray errors = refused.json().getJsonArray("errors");
    Map<Integer, String> fields = new HashMap<>();
    for (JsonValue value : errors) {
      JsonObject error = value.asJsonObject();
      assertTrue(!error.getString("message").isBlank(), error.toString());
      fields.put(
          error.getInt("index"),
          error.isNull("field") ? null : error.getString("field"));
    }
    assertEquals(8, errors.size(), refused.toString());
    assertEquals("externalId", fields.get(1));
    assertEquals("touchpoint", fields.get(2));
    assertEquals("score", fields.get(3));
    assertEquals("score", fields.get(4));
    assertEquals("respondedAt", fields.get(5));
    assertEquals("respondedAt", fields.get(6));
    assertEquals("comment", fields.get(7));
    assertTrue(fields.containsKey(8));
    assertTrue(fields.get(8) == null);
    assertTrue(errors.getJsonObject(0).getString("message").contains("NOPE-1"), errors.toString());
    assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM survey_response"));
    assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM cx_task"));

    Api.Response notAnArray = analyst.postJson("surveys/responses", "{\"externalId\":\"T-20\"}");
    assertEquals(400, notAnArray.status(), notAnArray.toString());
  }

  @Test
  void npsOverallAndByTouchpointCurrentTierAndPeriod() {
    customersWithTiers();
    assertNps(nps(""), 0, 0, 0, 0);
    sevenResponses();

    assertNps(nps(""), 7, 2, 2, 3);
    assertNps(nps("?touchpoint=SERVICE_CALL"), 3, 1, 0, 2);
    assertNps(nps("?tier=A"), 3, 2, 0, 1);
    assertEquals(100.0 / 3, nps("?tier=A").getJsonNumber("nps").doubleValue(), 1e-9);
    assertNps(nps("?tier=B"), 2, 0, 1, 1);
    assertNps(nps("?tier=C"), 1, 0, 1, 0);
    assertEquals(0.0, nps("?tier=C").getJsonNumber("nps").doubleValue(), "only passives score 0");
    assertNps(nps("?tier=UNTIERED"), 1, 0, 0, 1);
    assertNps(nps("?from=2025-04-01&to=2025-04-30"), 4, 1, 2, 1);
    assertNps(nps("?from=2025-03-02T10:00:00Z&to=2025-04-01T10:00:00Z"), 1, 1, 0, 0);
    assertNps(nps("?touchpoint=AFTER_PURCHASE&tier=A"), 1, 1, 0, 0);
    assertNps(nps("?touchpoint=WEBSITE_VISIT&tier=A"), 0, 0, 0, 0);
    // 2025-05-01T10:00+03:00 is 07:00 UTC on 1 May.
    assertNps(nps("?from=2025-05-01T07:00:00Z"), 1, 0, 0, 1);

    for (String bad : List.of("?from=yesterday", "?to=2025-13-01", "?tier=D", "?touchpoint=CHAT",
        "?from=2025-05-01&to=2025-04-01")) {
      Api.Response refused = analyst.get("nps" + bad);
      assertEquals(400, refused.status(), bad + " " + refused);
      assertTrue(!refused.json().getString("message").isBlank(), refused.toString());
    }
  }

  @Test
  void detractorsAndPromotersOpenTasksForTheOwnerOrTheTeamQueue() {
    customersWithTiers();
    sevenResponses();
    Api.Response calls = manager.get("tasks?type=FOLLOW_UP_CALL&status=OPEN");
    assertEquals(200, calls.status(), calls.toString());
    assertEquals("3", calls.header("X-Total-Count"));
    JsonArray followUps = calls.array();
    // Most urgent first: tier A within hours, tier B within a day, untiered within days.
    JsonObject first = followUps.getJsonObject(0);
    assertEquals("T-20", first.getString("externalId"));
    assertEquals("FOLLOW_UP_CALL", first.getString("type"));
    assertEquals("OPEN", first.getString("status"));
    assertEquals("ayse", first.getString("assignee"));
    assertEquals(Duration.ofHours(4), between(first));
    JsonObject second = followUps.getJsonObject(1);
    assertEquals("T-12", second.getString("externalId"));
    assertEquals("ben", second.getString("assignee"));
    assertEquals(Duration.ofDays(1), between(second));
    JsonObject third = followUps.getJsonObject(2);
    assertEquals("U-1", third.getString("externalId"));
    assertEquals("cx-team", third.getString("assignee"));
    assertEquals(Duration.ofDays(3), between(third));

    Api.Response testimonials = manager.get("tasks?type=TESTIMONIAL_REQUEST");
    assertEquals("2", testimonials.header("X-Total-Count"));
    for (JsonValue task : testimonials.array()) {
      assertEquals("T-21", task.asJsonObject().getString("externalId"));
      assertEquals("cx-team", task.asJsonObject().getString("assignee"));
      assertEquals(Duration.ofDays(7), between(task.asJsonObject()));
    }
    Api.Response page = manager.get("tasks?limit=2&offset=4");
    assertEquals("5", page.header("X-Total-Count"));
    assertEquals(1, page.array().size());
    assertEquals(400, manager.get("tasks?status=LOST").status());
    Api.Response mine = manager.get("tasks?assignee=ayse");
    assertEquals("1", mine.header("X-Total-Count"));
    assertEquals("T-20", mine.array().getJsonObject(0).getString("externalId"));
  }

  @Test
  void aHighImpactDetractorIsCalledBackWithinHoursWhateverItsTier() {
    customersWithTiers();
    // The API to approve a high-impact customer is another feature's; set the flag directly.
    TestDatabase.execute("UPDATE customer SET hic = TRUE WHERE external_id = 'T-1'");
    Api.Response posted =
        manager.postJson(
            "surveys/responses",
            "[" + response("T-1", "SERVICE_CALL", 3, "2025-03-01T10:00:00Z") + ","
                + response("T-2", "SERVICE_CALL", 3, "2025-03-01T10:00:00Z") + "]");
    assertEquals(201, posted.status(), posted.toString());
    Map<String, Duration> due = new HashMap<>();
    for (JsonValue task : manager.get("tasks?type=FOLLOW_UP_CALL").array()) {
      due.put(task.asJsonObject().getString("externalId"), between(task.asJsonObject()));
    }
    assertEquals(Map.of("T-1", Duration.ofHours(4), "T-2", Duration.ofDays(3)), due);
  }

  private static Duration between(JsonObject task) {
    return Duration.between(
        Instant.parse(task.getString("createdAt")), Instant.parse(task.getString("dueAt")));
  }

  @Test
  void tasksAreClaimedThenCompletedAndRefuseIllegalMoves() {
    customersWithTiers();
    sevenResponses();
    long id = manager.get("tasks?type=FOLLOW_UP_CALL").array().getJsonObject(0).getJsonNumber("id").longValue();

    Api.Response claimed = manager.postJson("tasks/" + id + "/claim", "");
    assertEquals(200, claimed.status(), claimed.toString());
    assertEquals("CLAIMED", claimed.json().getString("status"));
    assertEquals("manager.survey", claimed.json().getString("assignee"));
    assertEquals(409, analyst.postJson("tasks/" + id + "/claim", "").status(), "already claimed");

    assertEquals(400, manager.postJson("tasks/" + id + "/complete", "{\"outcome\":\" \"}").status());
    Api.Response done =
        manager.postJson("tasks/" + id + "/complete", "{\"outcome\":\"Called; replaced the faulty unit\"}");
    assertEquals(200, done.status(), done.toString());
    assertEquals("DONE", done.json().getString("status"));
    assertEquals("Called; replaced the faulty unit", done.json().getString("outcome"));
    Api.Response again = manager.postJson("tasks/" + id + "/complete", "{\"outcome\":\"twice\"}");
    assertEquals(409, again.status(), again.toString());
    assertEquals(409, manager.postJson("tasks/" + id + "/claim", "").status());
    assertEquals("1", manager.get("tasks?status=DONE").header("X-Total-Count"));
    assertEquals(404, manager.postJson("tasks/999999999/claim", "").status());
  }

  @Test
  void thousandResponsesGoInOneCall() {
    customersWithTiers();
    StringBuilder body = new StringBuilder("[");
    for (int i = 0; i < 1000; i++) {
      body.append(i == 0 ? "" : ",")
          .append(response("T-" + (i % 21 + 1), "WEBSITE_VISIT", i % 11, "2025-06-01T10:00:00Z"));
    }
    body.append(']');
    long started = System.nanoTime();
    Api.Response posted = analyst.postJson("surveys/responses", body.toString());
    long millis = (System.nanoTime() - started) / 1_000_000;
    assertEquals(201, posted.status(), posted.toString());
    assertEquals(1000, posted.json().getInt("accepted"));
    assertTrue(millis < 30_000, "1,000 responses took " + millis + " ms");
    JsonObject nps = nps("?touchpoint=WEBSITE_VISIT");
    assertEquals(1000, nps.getInt("responses"));
    assertEquals(
        nps.getInt("promoters") + nps.getInt("detractors"),
        TestDatabase.count("SELECT COUNT(*) FROM cx_task"));
  }

  @Test
  void everyRoleReadsNpsButOnlyCxRolesSubmitAndWorkTasks() {
    Api executive = Api.newUser("executive.survey", "EXECUTIVE");
    assertEquals(200, executive.get("nps").status());
    assertEquals(403, executive.postJson("surveys/responses", "[]").status());
    assertEquals(403, executive.get("tasks").status());
    assertEquals(401, Api.anonymous().get("nps").status());
    Api.Response empty = Api.newUser("ccsx.survey", "CCSX").postJson("surveys/responses", "[]");
    assertEquals(201, empty.status(), empty.toString());
    assertEquals(0, empty.json().getInt("accepted"));
  }
}
