package com.tierwise.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tierwise.it.support.Api;
import com.tierwise.it.support.Deployments;
import com.tierwise.it.support.TestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every portal page of the authorisation matrix, opened by the administrator in each of the four
 * languages once there is something on it: an HIC with a profile, a pending nomination and
 * override, survey answers and their tasks, a charter draft, a persona. A page must answer 200
 * and name no missing text ("???key???"). (Empty pages hid a roster that failed on its first HIC.)
 */
@ExtendWith(ArquillianExtension.class)
class EveryPageWithDataIT {

  private static final Pattern MISSING_TEXT = Pattern.compile("\\?\\?\\?[\\w.\\-]+\\?\\?\\?");

  private static final HttpClient HTTP =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  private static void resetCharterAndPersona() {
    TestDatabase.execute("DELETE FROM charter_signature");
    TestDatabase.execute("DELETE FROM charter_cell");
    TestDatabase.execute("DELETE FROM charter_version");
    TestDatabase.execute("DELETE FROM persona WHERE name = 'Plant manager'");
    // The deciders' mail about this test's requests, so no later mail test receives it.
    TestDatabase.execute("DELETE FROM mail_outbox WHERE body LIKE '%SEC-M-%'");
  }

  @BeforeEach
  void somethingOnEveryPage() {
    TestDatabase.resetCustomers();
    resetCharterAndPersona();
    Api admin = Api.admin();
    Api manager = Api.newUser("pages.manager", "ACCOUNT_MANAGER");
    Api board = Api.newUser("pages.board", "GOVERNANCE_BOARD");
    StringBuilder csv = new StringBuilder("external_id,name,business_value,cx_score,owner\n");
    csv.append("SEC-M-1,Matrix Müşteri,1000,90,pages.manager\n");
    for (int i = 2; i <= 21; i++) {
      csv.append("SEC-M-").append(i).append(",Müşteri ").append(i).append(',').append(i).append(',').append(i)
          .append(",pages.manager\n");
    }
    assertEquals(200, admin.post("customers/import", "text/csv", csv.toString()).status());
    assertEquals(201, admin.postJson("tiering/runs", "").status());

    // SEC-M-1 an HIC with a profile; SEC-M-2 nominated and waiting.
    long hic = nominate(manager, "SEC-M-1");
    assertEquals(200, board.postJson("hic/nominations/" + hic + "/decision", "{\"decision\":\"APPROVE\"}").status());
    assertEquals(200, manager.putJson("hic/customers/SEC-M-1/profile",
        "{\"demanding\":\"Plant stops in 4 hours\",\"team\":[{\"name\":\"Ayşe Yılmaz\",\"role\":\"account lead\"}],"
            + "\"directLine\":\"+90 212 555 01 01\",\"delivered\":\"Calls before 9\"}").status());
    nominate(manager, "SEC-M-2");
    // A pending override: SEC-M-3 into A in exchange for the first customer of A.
    String demoted = admin.get("customers?tier=A&limit=1").array().getJsonObject(0).getString("externalId");
    Api.Response override = manager.postJson("overrides", "{\"externalId\":\"SEC-M-3\",\"tier\":\"A\",\"reason\":\"LEGACY\","
        + "\"justification\":\"founding customer\",\"demoteExternalId\":\"" + demoted + "\"}");
    assertEquals(201, override.status(), override.toString());

    String week = Instant.now().minus(Duration.ofDays(7)).toString();
    assertEquals(201, admin.postJson("surveys/responses",
        "[{\"externalId\":\"SEC-M-1\",\"touchpoint\":\"SERVICE_CALL\",\"score\":2,\"comment\":\"Geç kaldınız\",\"respondedAt\":\"" + week + "\"},"
            + "{\"externalId\":\"SEC-M-4\",\"touchpoint\":\"AFTER_PURCHASE\",\"score\":10,\"respondedAt\":\"" + week + "\"}]").status());

    assertEquals(201, admin.postJson("charter/versions", "").status());
    Api.Response cells = admin.putJson("charter/versions/1/cells",
        "[{\"stage\":\"SUPPORT\",\"segment\":\"HIC\",\"desiredExperience\":\"A named engineer\",\"owner\":\"CCSX\","
            + "\"metric\":\"NPS\",\"target\":50}]");
    assertEquals(200, cells.status(), cells.toString());
    Api.Response persona = admin.postJson("personas", "{\"name\":\"Plant manager\",\"segment\":\"HIC\","
        + "\"description\":\"Runs a plant\",\"needs\":[\"Uptime\"],\"motivations\":[\"No stops\"],"
        + "\"frustrations\":[\"IVR menus\"],\"channels\":[\"DEDICATED_LINE\"]}");
    assertEquals(201, persona.status(), persona.toString());
  }

  @AfterEach
  void clean() {
    TestDatabase.resetCustomers();
    resetCharterAndPersona();
  }

  private static long nominate(Api nominator, String externalId) {
    StringBuilder answers = new StringBuilder();
    for (String question : List.of("SHARE_OF_BUSINESS", "RISK_OF_NON_DELIVERY", "PURCHASE_FREQUENCY", "LOYALTY", "EXPECTATION_LEVEL")) {
      answers.append(answers.length() == 0 ? "" : ",")
          .append("{\"question\":\"").append(question).append("\",\"score\":4,\"explanation\":\"seen in the data\"}");
    }
    Api.Response created = nominator.postJson("hic/nominations",
        "{\"externalId\":\"" + externalId + "\",\"answers\":[" + answers + "],\"uniquenessAndRisk\":\"Their plant stops without us\"}");
    assertEquals(201, created.status(), created.toString());
    return created.json().getJsonNumber("id").longValue();
  }

  @Test
  void everyPageOpensWithDataInEveryLanguage() throws Exception {
    String admin = "Basic " + Base64.getEncoder().encodeToString(
        (Api.ADMIN + ":" + System.getProperty("tierwise.it.admin.password")).getBytes(StandardCharsets.UTF_8));
    List<String> wrong = new ArrayList<>();
    for (String language : List.of("en", "tr", "ar", "fa")) {
      for (String page : AuthorisationMatrixIT.PAGES.keySet()) {
        String path = page;
        HttpResponse<String> answer = HTTP.send(
            HttpRequest.newBuilder(URI.create(Api.BASE.replace("/api/", "/") + path))
                .header("Authorization", admin).header("Accept-Language", language).GET().build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        Matcher missing = MISSING_TEXT.matcher(answer.body());
        if (answer.statusCode() != 200) {
          wrong.add(language + " " + page + ": " + answer.statusCode());
        } else if (missing.find()) {
          wrong.add(language + " " + page + ": missing text " + missing.group());
        }
      }
    }
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
  }
}
