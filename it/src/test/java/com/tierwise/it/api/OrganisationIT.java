package com.tierwise.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tierwise.it.support.Api;
import com.tierwise.it.support.Deployments;
import com.tierwise.it.support.TestDatabase;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Glossary, personas, journey map and survey definition switches over HTTP (issue 5). */
@ExtendWith(ArquillianExtension.class)
class OrganisationIT {

  private static final String TERM =
      "{\"slug\":\"it-churn\",\"texts\":{"
          + "\"en\":{\"name\":\"Churn\",\"definition\":\"Customers who leave.\"},"
          + "\"tr\":{\"name\":\"Müşteri kaybı\",\"definition\":\"Ayrılan müşteriler.\"},"
          + "\"ar\":{\"name\":\"فقدان العملاء\",\"definition\":\"العملاء الذين يغادرون.\"},"
          + "\"fa\":{\"name\":\"%s\",\"definition\":\"مشتریانی که می‌روند.\"}},"
          + "\"related\":[\"nps\"],\"seeAlso\":[{\"label\":\"NPS\",\"url\":\"/app/nps.xhtml\"}]}";

  private final Api executive = Api.newUser("exec.organisation", "EXECUTIVE");
  private final Api manager = Api.newUser("am.organisation", "ACCOUNT_MANAGER");
  private final Api marketing = Api.newUser("ccbmx.organisation", "CCBMX");
  private final Api service = Api.newUser("ccsx.organisation", "CCSX");
  private final Api analyst = Api.newUser("analyst.organisation", "CX_ANALYST");

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  @AfterEach
  void clean() {
    TestDatabase.execute("DELETE FROM journey_touchpoint");
    TestDatabase.execute("DELETE FROM persona");
    TestDatabase.execute("DELETE FROM glossary_term WHERE slug LIKE 'it-%'");
    analyst.putJson("surveys/definitions/SALES_CALL", salesCall(true, null));
  }

  @Test
  void everyRoleReadsTheSeededGlossaryAndSearchFoldsTurkishLetters() {
    assertEquals(401, Api.anonymous().get("glossary").status());
    Api.Response all = executive.get("glossary?limit=3&offset=1");
    assertEquals(200, all.status(), all.toString());
    assertEquals(3, all.array().size());
    assertTrue(Long.parseLong(all.header("X-Total-Count")) >= 20, all.header("X-Total-Count"));

    Api.Response turkish = manager.get("glossary?q=" + enc("İŞ METRİĞİ") + "&locale=tr");
    assertEquals(200, turkish.status());
    assertEquals("business-metric", turkish.array().getJsonObject(0).getString("slug"));
    assertEquals("İş metriği", turkish.array().getJsonObject(0).getJsonObject("texts").getJsonObject("tr").getString("name"));
    // Dotless ı typed as plain i, in capitals.
    Api.Response closedLoop = manager.get("glossary?q=KAPALI");
    assertEquals("closed-loop", closedLoop.array().getJsonObject(0).getString("slug"));
    // Arabic kaf and yeh find the Persian spelling.
    Api.Response persian = manager.get("glossary?q=" + enc("كسب"));
    assertEquals("business-metric", persian.array().getJsonObject(0).getString("slug"));
    assertEquals("0", manager.get("glossary?q=zzzz-nothing").header("X-Total-Count"));
    assertEquals(400, manager.get("glossary?limit=x").status());
  }

  @Test
  void theCxRolesEditTheGlossaryWithEveryChangeAudited() {
    assertEquals(403, executive.postJson("glossary", TERM.formatted("ریزش مشتری")).status());
    assertEquals(403, manager.postJson("glossary", TERM.formatted("ریزش مشتری")).status());

    Api.Response created = marketing.postJson("glossary", TERM.formatted("ریزش مشتری"));
    assertEquals(201, created.status(), created.toString());
    assertTrue(created.header("Location").endsWith("/glossary/it-churn"), created.header("Location"));
    assertEquals("ccbmx.organisation", created.json().getString("updatedBy"));
    assertEquals(409, marketing.postJson("glossary", TERM.formatted("ریزش مشتری")).status());

    Api.Response invalid = service.putJson("glossary/it-churn", TERM.formatted(" ").replace("[\"nps\"]", "[\"no-such-term\"]"));
    assertEquals(422, invalid.status(), invalid.toString());
    String problems = invalid.json().getJsonArray("problems").toString();
    assertTrue(problems.contains("texts.fa.name: is required"), problems);
    assertTrue(problems.contains("related[0]: there is no term"), problems);

    Api.Response updated = service.putJson("glossary/it-churn", TERM.formatted("ریزش"));
    assertEquals(200, updated.status(), updated.toString());
    assertEquals("ccsx.organisation", updated.json().getString("updatedBy"));
    assertEquals("ریزش", executive.get("glossary/it-churn").json().getJsonObject("texts").getJsonObject("fa").getString("name"));

    JsonArray history = analyst.get("glossary/it-churn/history").array();
    assertEquals(2, history.size(), history.toString());
    assertEquals("CREATED", history.getJsonObject(0).getString("action"));
    assertEquals("ccbmx.organisation", history.getJsonObject(0).getString("actor"));
    assertEquals("UPDATED", history.getJsonObject(1).getString("action"));
    assertEquals("ccsx.organisation", history.getJsonObject(1).getString("actor"));
    assertTrue(history.getJsonObject(1).getString("before").contains("ریزش مشتری"));

    assertEquals(403, executive.delete("glossary/it-churn").status());
    assertEquals(204, analyst.delete("glossary/it-churn").status());
    assertEquals(404, executive.get("glossary/it-churn").status());
  }

  @Test
  void personasAndTheJourneyMapWithItsLiveNps() {
    String persona =
        "{\"name\":\"%s\",\"segment\":\"HIC\",\"description\":\"Runs a plant\",\"needs\":[\"Fast repair\"],"
            + "\"motivations\":[\"Uptime\"],\"frustrations\":[\"IVR menus\"],\"channels\":[\"DEDICATED_LINE\",\"PHONE\"]}";
    assertEquals(403, manager.postJson("personas", persona.formatted("Reza Karimi")).status());
    Api.Response created = analyst.postJson("personas", persona.formatted("Reza Karimi"));
    assertEquals(201, created.status(), created.toString());
    long reza = created.json().getJsonNumber("id").longValue();
    assertEquals("RK", created.json().getString("initials"));
    Api.Response duplicate = service.postJson("personas", persona.formatted("reza karimi"));
    assertEquals(422, duplicate.status());
    assertTrue(duplicate.json().getJsonArray("problems").getString(0).startsWith("name:"), duplicate.toString());
    Api.Response bad = service.postJson("personas", "{\"name\":\"\",\"segment\":\"VIP\",\"channels\":[\"FAX\"]}");
    assertEquals(422, bad.status());
    assertEquals(3, bad.json().getJsonArray("problems").size(), bad.toString());
    Api.Response list = executive.get("personas");
    assertEquals(200, list.status());
    assertEquals("1", list.header("X-Total-Count"));

    TestDatabase.resetCustomers();
    assertEquals(200, analyst.post("customers/import", "text/csv", "external_id,name\nJ-1,Plant One\nJ-2,Plant Two\n").status());
    String now = Instant.now().minus(1, ChronoUnit.DAYS).toString();
    String old = Instant.now().minus(120, ChronoUnit.DAYS).toString();
    Api.Response responses =
        analyst.postJson(
            "surveys/responses",
            "[{\"externalId\":\"J-1\",\"touchpoint\":\"SERVICE_CALL\",\"score\":10,\"respondedAt\":\"" + now + "\"},"
                + "{\"externalId\":\"J-2\",\"touchpoint\":\"SERVICE_CALL\",\"score\":3,\"respondedAt\":\"" + now + "\"},"
                + "{\"externalId\":\"J-2\",\"touchpoint\":\"SERVICE_CALL\",\"score\":9,\"respondedAt\":\"" + now + "\"},"
                + "{\"externalId\":\"J-1\",\"touchpoint\":\"SERVICE_CALL\",\"score\":0,\"respondedAt\":\"" + old + "\"}]");
    assertEquals(201, responses.status(), responses.toString());

    assertEquals(403, executive.postJson("journey/touchpoints", "{}").status());
    Api.Response support =
        marketing.postJson(
            "journey/touchpoints",
            "{\"stage\":\"SUPPORT\",\"touchpoint\":\"SERVICE_CALL\",\"owner\":\"CCSX\",\"survey\":\"SERVICE_CALL\",\"personaIds\":[" + reza + "]}");
    assertEquals(201, support.status(), support.toString());
    Api.Response desk =
        service.postJson("journey/touchpoints", "{\"stage\":\"returns\",\"label\":\"Returns desk\",\"owner\":\"ccsx\"}");
    assertEquals(201, desk.status(), desk.toString());
    Api.Response invalid =
        service.postJson("journey/touchpoints", "{\"stage\":\"CHECKOUT\",\"owner\":\"CFO\",\"personaIds\":[999999]}");
    assertEquals(422, invalid.status());
    String problems = invalid.json().getJsonArray("problems").toString();
    assertTrue(problems.contains("stage:") && problems.contains("owner:") && problems.contains("label:")
        && problems.contains("personaIds[0]:"), problems);

    Api.Response map = executive.get("journey/touchpoints");
    assertEquals(200, map.status());
    assertEquals("2", map.header("X-Total-Count"));
    // Lifecycle order: RETURNS before SUPPORT.
    JsonObject returns = map.array().getJsonObject(0);
    assertEquals("Returns desk", returns.getString("label"));
    assertEquals(JsonValue.NULL, returns.get("nps"));
    JsonObject serviceCall = map.array().getJsonObject(1);
    // The last 90 days only: 10, 3 and 9 -> 2 promoters, 1 detractor of 3.
    assertEquals(3, serviceCall.getJsonNumber("responses").longValue(), serviceCall.toString());
    assertEquals(33.3, serviceCall.getJsonNumber("nps").doubleValue(), 0.1);
    assertEquals("Reza Karimi", serviceCall.getJsonArray("personas").getJsonObject(0).getString("name"));
    assertEquals("1", executive.get("journey/touchpoints?stage=support&limit=1").header("X-Total-Count"));
    assertEquals(400, executive.get("journey/touchpoints?stage=checkout").status());

    // Removing the persona takes it off the map.
    assertEquals(204, analyst.delete("personas/" + reza).status());
    assertEquals(0, executive.get("journey/touchpoints?stage=SUPPORT").array().getJsonObject(0).getJsonArray("personas").size());
    assertEquals(404, executive.get("personas/" + reza).status());
    TestDatabase.resetCustomers();
  }

  @Test
  void aSurveySwitchedOffSendsNoInvitationsAndKeepsItsOwnContactWindow() {
    Api.Response tooLong = analyst.putJson("surveys/definitions/SALES_CALL", salesCall(true, 400));
    assertEquals(422, tooLong.status());
    assertTrue(tooLong.json().getJsonArray("problems").getString(0).startsWith("contactWindowDays:"), tooLong.toString());

    Api.Response off = analyst.putJson("surveys/definitions/SALES_CALL", salesCall(false, 7));
    assertEquals(200, off.status(), off.toString());
    assertEquals(false, off.json().getBoolean("active"));
    assertEquals(7, off.json().getInt("contactWindowDays"));
    assertEquals(7, off.json().getInt("effectiveContactWindowDays"));
    JsonObject listed =
        executive.get("surveys/definitions").array().getValuesAs(JsonObject.class).stream()
            .filter(d -> d.getString("touchpoint").equals("SALES_CALL")).findFirst().orElseThrow();
    assertEquals(false, listed.getBoolean("active"));

    TestDatabase.resetCustomers();
    assertEquals(200, analyst.post("customers/import", "text/csv", "external_id,name,email\nS-1,Sales One,s1@example.com\n").status());
    Api.Response invited = analyst.postJson("surveys/invitations", "{\"externalId\":\"S-1\",\"touchpoint\":\"SALES_CALL\"}");
    assertTrue(invited.status() < 300, invited.toString());
    assertEquals("SKIPPED", invited.json().getString("status"));
    assertTrue(invited.json().getString("reason").contains("switched off"), invited.toString());
    assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM survey_invitation"));

    // A PUT without "active" keeps the survey as it is.
    Api.Response keep = analyst.putJson("surveys/definitions/SALES_CALL", salesCall(null, null));
    assertEquals(false, keep.json().getBoolean("active"));
    assertEquals(JsonValue.NULL, keep.json().get("contactWindowDays"), "no own window: the configured one");
    assertEquals(30, keep.json().getInt("effectiveContactWindowDays"));
    TestDatabase.resetCustomers();
  }

  /** The seeded SALES_CALL texts' shape with the switches given (null: left out of the body). */
  private String salesCall(Boolean active, Integer window) {
    JsonObject current =
        analyst.get("surveys/definitions").array().getValuesAs(JsonObject.class).stream()
            .filter(d -> d.getString("touchpoint").equals("SALES_CALL")).findFirst().orElseThrow();
    return "{\"csatEnabled\":false,\"cesEnabled\":false,\"texts\":" + current.getJsonObject("texts")
        + (active == null ? "" : ",\"active\":" + active)
        + (window == null ? "" : ",\"contactWindowDays\":" + window) + "}";
  }

  private static String enc(String text) {
    return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
  }
}
