package com.tierwise.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.tierwise.it.support.Api;
import com.tierwise.it.support.Deployments;
import com.tierwise.it.support.Inbox;
import com.tierwise.it.support.TestDatabase;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Teams and managers, escalation to the owner's manager (GreenMail), closed-loop performance by
 * team, and the scorecard's numbers from posted responses and tasks, with its roles.
 */
@ExtendWith(ArquillianExtension.class)
class TeamScorecardIT {

  @RegisterExtension static final GreenMailExtension SMTP = Inbox.smtp();

  private final Api admin = Api.admin();
  private final Api analyst = Api.newUser("analyst.scorecard", "CX_ANALYST");
  private final Api north = Api.newUser("owner.north", "ACCOUNT_MANAGER");
  private final Api south = Api.newUser("owner.south", "ACCOUNT_MANAGER");
  private final Api boss = Api.newUser("boss.north", "ACCOUNT_MANAGER");
  private final Api executive = Api.newUser("exec.scorecard", "EXECUTIVE");

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  @BeforeEach
  void teams() {
    TestDatabase.resetCustomers();
    TestDatabase.execute("DELETE FROM cx_metric_target");
    TestDatabase.execute("DELETE FROM cx_metric_owner");
    assertEquals(200, place("boss.north", "{\"team\":\"North\",\"email\":\"boss.north@it.example\"}").status());
    assertEquals(200, place("owner.north", "{\"team\":\"North\",\"manager\":\"boss.north\"}").status());
    assertEquals(200, place("owner.south", "{\"team\":\"South\",\"manager\":null}").status());
  }

  @AfterEach
  void clean() {
    TestDatabase.resetCustomers();
  }

  private Api.Response place(String user, String json) {
    return admin.putJson("users/" + user + "/placement", json);
  }

  private void respond(String externalId, int score, Instant at) {
    Api.Response posted =
        north.postJson(
            "surveys/responses",
            "[{\"externalId\":\"" + externalId + "\",\"touchpoint\":\"SERVICE_CALL\",\"score\":" + score
                + ",\"respondedAt\":\"" + at + "\"}]");
    assertEquals(201, posted.status(), posted.toString());
  }

  @Test
  void placementsAreValidatedAndTheDirectoryListsTeams() {
    Api.Response cycle = place("boss.north", "{\"team\":\"North\",\"manager\":\"owner.north\",\"email\":\"boss.north@it.example\"}");
    assertEquals(422, cycle.status(), cycle.toString());
    assertTrue(cycle.body().contains("boss.north → owner.north → boss.north"), cycle.body());
    assertEquals(422, place("owner.north", "{\"manager\":\"nobody.at.all\"}").status(), "the manager must exist");
    assertEquals(422, place("owner.north", "{\"manager\":\"owner.north\"}").status(), "not their own manager");
    assertEquals(422, place("owner.north", "{\"email\":\"not an address\"}").status());
    assertEquals(404, place("nobody.at.all", "{\"team\":\"North\"}").status());
    assertEquals(403, north.putJson("users/owner.north/placement", "{\"team\":\"South\"}").status(), "admin only");

    Api.Response directory = north.get("teams");
    assertEquals(200, directory.status(), directory.toString());
    JsonObject team = directory.array().stream().map(JsonObject.class::cast)
        .filter(t -> t.getString("name").equals("North")).findFirst().orElseThrow();
    assertEquals(2, team.getJsonArray("members").size());
    assertEquals("boss.north", team.getJsonArray("managers").getString(0));
    assertEquals("boss.north", admin.get("users?limit=10000").array().stream().map(JsonObject.class::cast)
        .filter(u -> u.getString("username").equals("owner.north")).findFirst().orElseThrow().getString("manager"));
  }

  @Test
  void anOverdueTaskEscalatesToTheOwnersManagerElseToTheCxLead() throws Exception {
    assertEquals(200, analyst.post("customers/import", "text/csv",
        "external_id,name,owner\nM-1,Managed,owner.north\nM-2,Unmanaged,owner.south\n").status());
    respond("M-1", 1, Instant.now().minusSeconds(60));
    respond("M-2", 2, Instant.now().minusSeconds(60));
    TestDatabase.execute("UPDATE cx_task SET due_at = created_at - INTERVAL '1 hour'");

    Api.Response escalated = analyst.postJson("tasks/escalations", "");
    assertEquals(200, escalated.status(), escalated.toString());
    assertEquals(2, escalated.json().getInt("escalated"));
    assertTrue(SMTP.waitForIncomingEmail(15_000, 2));
    Map<String, String> byRecipient = new HashMap<>();
    for (MimeMessage mail : SMTP.getReceivedMessages()) {
      byRecipient.put(mail.getAllRecipients()[0].toString(), String.valueOf(mail.getContent()));
    }
    assertEquals(2, byRecipient.size(), byRecipient.toString());
    assertTrue(byRecipient.get("boss.north@it.example").contains("customer M-1"), byRecipient.toString());
    assertFalse(byRecipient.get("boss.north@it.example").contains("M-2"), "the manager hears of their team's task only");
    assertTrue(byRecipient.get("cx-lead@it.example").contains("customer M-2"), "no manager: the CX lead");

    JsonArray tasks = north.get("tasks?type=FOLLOW_UP_CALL").array();
    JsonObject m1 = tasks.stream().map(JsonObject.class::cast).filter(t -> t.getString("externalId").equals("M-1")).findFirst().orElseThrow();
    assertEquals("boss.north", m1.getString("escalatedToManager"));
    assertEquals("boss.north@it.example", m1.getString("escalatedTo"));
    assertFalse(m1.isNull("escalatedAt"));
    JsonObject m2 = tasks.stream().map(JsonObject.class::cast).filter(t -> t.getString("externalId").equals("M-2")).findFirst().orElseThrow();
    assertTrue(m2.isNull("escalatedToManager"));
    assertEquals("cx-lead@it.example", m2.getString("escalatedTo"));

    assertEquals(0, analyst.postJson("tasks/escalations", "").json().getInt("escalated"), "once");
    assertEquals(2, SMTP.getReceivedMessages().length);
  }

  @Test
  void theScorecardMeasuresTeamsAgainstTheirTargets() throws Exception {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    String quarter = today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1);
    Instant quarterStart = LocalDate.of(today.getYear(), ((today.getMonthValue() - 1) / 3) * 3 + 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
    assertEquals(200, analyst.post("customers/import", "text/csv",
        "external_id,name,owner\nS-1,One,owner.north\nS-2,Two,owner.north\nS-3,Three,owner.south\n").status());
    Instant now = Instant.now().minusSeconds(60);
    respond("S-1", 10, now);
    respond("S-2", 2, now); // a detractor: a follow-up call for owner.north
    respond("S-3", 9, now);
    respond("S-1", 0, quarterStart.minusSeconds(86_400)); // the quarter before: North's NPS -100
    JsonObject call = north.get("tasks?type=FOLLOW_UP_CALL&status=OPEN").array().stream().map(JsonObject.class::cast)
        .filter(t -> t.getString("externalId").equals("S-2")).findFirst().orElseThrow();
    assertEquals(200, north.postJson("tasks/" + call.getJsonNumber("id").longValue() + "/complete",
        "{\"outcome\":\"Called back\"}").status());

    JsonObject performance = north.get("tasks/performance?from=" + today).json();
    JsonObject byTeam = performance.getJsonArray("byTeam").stream().map(JsonObject.class::cast)
        .filter(t -> !t.isNull("team") && t.getString("team").equals("North")).findFirst().orElseThrow();
    assertEquals(2, byTeam.getInt("tasks"), "the call done and the one opened by last quarter's response: " + performance);
    assertEquals(1, byTeam.getInt("doneInTime"));
    assertEquals(1.0, byTeam.getJsonNumber("inTimeShare").doubleValue(), 1e-9);

    assertEquals(204, analyst.putJson("scorecard/targets/" + quarter + "/NPS", "{\"team\":\"North\",\"target\":10}").status());
    assertEquals(204, analyst.putJson("scorecard/targets/" + quarter + "/NPS", "{\"team\":\"South\",\"target\":50}").status());
    assertEquals(204, analyst.putJson("scorecard/targets/" + quarter + "/FOLLOW_UP_IN_TIME", "{\"team\":\"North\",\"target\":90}").status());
    assertEquals(204, analyst.putJson("scorecard/metrics/NPS/owner", "{\"owner\":\"exec.scorecard\"}").status());
    Api.Response notExecutive = analyst.putJson("scorecard/metrics/NPS/owner", "{\"owner\":\"owner.north\"}");
    assertEquals(422, notExecutive.status(), notExecutive.toString());
    assertEquals(422, analyst.putJson("scorecard/targets/" + quarter + "/CSAT", "{\"team\":\"North\",\"target\":9}").status());
    assertEquals(400, analyst.get("scorecard?quarter=2026-13").status());
    assertEquals(404, analyst.putJson("scorecard/targets/" + quarter + "/HAPPINESS", "{\"team\":\"North\",\"target\":1}").status());

    Api.Response card = executive.get("scorecard?quarter=" + quarter);
    assertEquals(200, card.status(), card.toString());
    JsonObject northNps = row(card.json(), "North", "NPS");
    assertEquals(0.0, northNps.getJsonNumber("actual").doubleValue(), 1e-9, "one promoter, one detractor");
    assertEquals(10.0, northNps.getJsonNumber("target").doubleValue(), 1e-9);
    assertEquals("MISSED", northNps.getString("status"));
    assertEquals(-100.0, northNps.getJsonNumber("previous").doubleValue(), 1e-9);
    assertEquals("BETTER", northNps.getString("trend"));
    assertEquals("exec.scorecard", northNps.getString("owner"));
    JsonObject southNps = row(card.json(), "South", "NPS");
    assertEquals(100.0, southNps.getJsonNumber("actual").doubleValue(), 1e-9);
    assertEquals("MET", southNps.getString("status"));
    JsonObject northCalls = row(card.json(), "North", "FOLLOW_UP_IN_TIME");
    assertEquals(100.0, northCalls.getJsonNumber("actual").doubleValue(), 1e-9);
    assertEquals("MET", northCalls.getString("status"));
    assertEquals("NO_TARGET", row(card.json(), "South", "FOLLOW_UP_IN_TIME").getString("status"));

    Api.Response csv = executive.get("scorecard?quarter=" + quarter + "&format=csv", "text/csv");
    assertEquals(200, csv.status(), csv.toString());
    assertTrue(csv.body().contains("quarter,team,metric,unit,owner,actual,target,status,previous,trend"), csv.body());
    assertTrue(csv.body().contains(quarter + ",North,NPS,points,exec.scorecard,0,10,MISSED,-100,BETTER"), csv.body());
    byte[] xlsx = executive.getBytes("scorecard?quarter=" + quarter + "&format=xlsx").body();
    assertEquals('P', (char) xlsx[0], "a zip: the XLSX workbook");
    assertTrue(new String(xlsx, StandardCharsets.ISO_8859_1).contains("xl/worksheets/sheet1.xml"));

    assertEquals(403, north.get("scorecard").status(), "account managers do not read the scorecard");
    assertEquals(403, executive.putJson("scorecard/targets/" + quarter + "/NPS", "{\"team\":\"North\",\"target\":1}").status());
    assertEquals(200, executive.get("scorecard/metrics").status());
    assertEquals(401, Api.anonymous().get("scorecard").status());
  }

  private static JsonObject row(JsonObject card, String team, String metric) {
    return card.getJsonArray("rows").stream().map(JsonObject.class::cast)
        .filter(r -> r.getString("team").equals(team) && r.getString("metric").equals(metric))
        .findFirst().orElseThrow(() -> new AssertionError(team + " " + metric + " in " + card));
  }
}
