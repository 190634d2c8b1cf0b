package com.tierwise.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.tierwise.it.support.Api;
import com.tierwise.it.support.Deployments;
import com.tierwise.it.support.Inbox;
import com.tierwise.it.support.TestDatabase;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Tierwise's own survey delivery, black box: a touchpoint event, the invitation mail received by
 * a real SMTP server, the public page answered without signing in, one answer per token, the
 * contact-frequency rule, and the editable survey definitions.
 */
@ExtendWith(ArquillianExtension.class)
class SurveyDeliveryIT {

  @RegisterExtension static final GreenMailExtension SMTP = Inbox.smtp();

  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private static final String COMMENT = "پشتیبانی کند بود، ولی مؤدب — teşekkürler <b>&</b>";

  private final Api analyst = Api.newUser("analyst.delivery", "CX_ANALYST");
  private final Api manager = Api.newUser("manager.delivery", "ACCOUNT_MANAGER");

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  @BeforeEach
  void customers() {
    TestDatabase.resetCustomers();
    String csv =
        "external_id,name,country,email,owner\n"
            + "C-1,شرکت پارس,IR,parsa@example.com,ayse\n"
            + "C-2,No Mail Ltd,GB,,\n"
            + "C-3,Race Ltd,GB,race@example.com,\n";
    assertEquals(200, analyst.post("customers/import", "text/csv", csv).status());
  }

  @AfterEach
  void clean() {
    TestDatabase.resetCustomers();
  }

  private Api.Response invite(String externalId, String touchpoint, String locale) {
    return manager.postJson(
        "surveys/invitations",
        "{\"externalId\":\"" + externalId + "\",\"touchpoint\":\"" + touchpoint + "\""
            + (locale == null ? "" : ",\"locale\":\"" + locale + "\"") + "}");
  }

  private static MimeMessage onlyMail() throws Exception {
    assertTrue(SMTP.waitForIncomingEmail(15_000, 1), "the invitation mail arrives");
    MimeMessage[] mails = SMTP.getReceivedMessages();
    assertEquals(1, mails.length);
    return mails[0];
  }

  private static HttpResponse<String> get(String url) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static HttpResponse<String> answer(String link, String score, String comment) throws Exception {
    String token = link.substring(link.indexOf("?t=") + 3);
    String form =
        "t=" + token + (score == null ? "" : "&score=" + score)
            + "&comment=" + URLEncoder.encode(comment, StandardCharsets.UTF_8);
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(link.substring(0, link.indexOf('?'))))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Test
  void aTouchpointEventMailsAOneTimeLinkAndTheAnswerClosesTheLoop() throws Exception {
    Api.Response invited = invite("C-1", "SERVICE_CALL", null);
    assertEquals(201, invited.status(), invited.toString());
    assertEquals("INVITED", invited.json().getString("status"));
    assertEquals("fa", invited.json().getString("locale"), "an Iranian customer gets the Persian survey");

    MimeMessage mail = onlyMail();
    assertEquals("parsa@example.com", mail.getAllRecipients()[0].toString());
    assertTrue(mail.getSubject().contains("تماس اخیر شما با تیم خدمات"), mail.getSubject());
    String link = Inbox.surveyLink(mail);
    String token = link.substring(link.indexOf("?t=") + 3);

    // Only the token's SHA-256 is stored.
    String stored = text("SELECT token_hash FROM survey_invitation");
    assertNotEquals(token, stored);
    assertEquals(
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII))),
        stored);

    HttpResponse<String> page = get(link);
    assertEquals(200, page.statusCode(), page.body());
    assertTrue(page.body().contains("dir=\"rtl\""), "Persian is right to left");
    assertTrue(page.body().contains("چقدر احتمال دارد ما را به یک دوست یا همکار توصیه کنید؟"), page.body());
    assertFalse(page.body().contains("C-1") || page.body().contains("parsa@") || page.body().contains("شرکت پارس"),
        "the public page reveals nothing of the customer");
    assertEquals("no-referrer", page.headers().firstValue("Referrer-Policy").orElse(null));

    HttpResponse<String> missingScore = answer(link, null, COMMENT);
    assertEquals(422, missingScore.statusCode());
    assertTrue(missingScore.body().contains("id=\"error-score\""), missingScore.body());
    assertTrue(missingScore.body().contains("&lt;b&gt;&amp;&lt;/b&gt;"), "the comment comes back escaped");
    assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM survey_response"));

    HttpResponse<String> thanks = answer(link, "2", COMMENT);
    assertEquals(200, thanks.statusCode(), thanks.body());
    assertTrue(thanks.body().contains("سپاسگزاریم"), thanks.body());
    assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM survey_response WHERE score = 2 AND touchpoint = 'SERVICE_CALL'"));
    assertEquals(COMMENT, text("SELECT comment FROM survey_response"));

    // The same path as API responses: a detractor opens a follow-up call for the owner.
    JsonArray calls = manager.get("tasks?type=FOLLOW_UP_CALL&status=OPEN").array();
    assertEquals(1, calls.size(), calls.toString());
    assertEquals("C-1", calls.getJsonObject(0).getString("externalId"));
    assertEquals("ayse", calls.getJsonObject(0).getString("assignee"));

    HttpResponse<String> again = answer(link, "10", "again");
    assertTrue(again.body().contains("id=\"message\""), again.body());
    assertEquals(200, get(link).statusCode());
    assertTrue(get(link).body().contains("قبلاً پاسخ داده شده"), "a used link says so");
    assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM survey_response"));
  }

  @Test
  void theContactFrequencyRuleSkipsACustomerSurveyedRecently() throws Exception {
    assertEquals(201, invite("C-3", "AFTER_PURCHASE", "en").status());
    Api.Response skipped = invite("C-3", "WEBSITE_VISIT", "en");
    assertEquals(200, skipped.status(), skipped.toString());
    JsonObject body = skipped.json();
    assertEquals("SKIPPED", body.getString("status"));
    assertTrue(body.getString("reason").contains("30 days"), body.toString());
    assertFalse(body.isNull("nextAllowedAt"));
    assertEquals(1, SMTP.getReceivedMessages().length, "no second mail");

    // A response from any channel counts as a contact too.
    Api.Response posted =
        manager.postJson(
            "surveys/responses",
            "[{\"externalId\":\"C-1\",\"touchpoint\":\"SALES_CALL\",\"score\":8,\"respondedAt\":\"" + java.time.Instant.now().minusSeconds(3600) + "\"}]");
    assertEquals(201, posted.status(), posted.toString());
    assertEquals("SKIPPED", invite("C-1", "SALES_CALL", null).json().getString("status"));
  }

  @Test
  void concurrentAnswersWithOneTokenStoreOneResponse() throws Exception {
    assertEquals(201, invite("C-3", "SALES_CALL", "en").status());
    String link = Inbox.surveyLink(onlyMail());
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<HttpResponse<String>>> answers = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        answers.add(pool.submit(() -> answer(link, "10", "great")));
      }
      int thanked = 0;
      for (Future<HttpResponse<String>> answer : answers) {
        if (answer.get().body().contains("Thank you!")) {
          thanked++;
        }
      }
      assertEquals(1, thanked, "exactly one answer wins");
    } finally {
      pool.shutdown();
    }
    assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM survey_response"));
    assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM cx_task WHERE type = 'TESTIMONIAL_REQUEST'"));
  }

  @Test
  void expiredAndUnknownLinksGetAClearPage() throws Exception {
    assertEquals(201, invite("C-3", "SALES_CALL", "tr").status());
    String link = Inbox.surveyLink(onlyMail());
    TestDatabase.execute("UPDATE survey_invitation SET expires_at = created_at");
    HttpResponse<String> expired = get(link);
    assertEquals(410, expired.statusCode());
    assertTrue(expired.body().contains("süresi doldu"), expired.body());
    assertEquals(410, answer(link, "9", "late").statusCode());
    assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM survey_response"));

    String base = link.substring(0, link.indexOf('?'));
    HttpResponse<String> unknown = get(base + "?t=" + "A".repeat(43));
    assertEquals(404, unknown.statusCode());
    assertTrue(unknown.body().contains("Survey not found"), unknown.body());
    assertEquals(404, get(base + "?t=%3Cscript%3E").statusCode());
    assertEquals(404, get(base).statusCode());
  }

  @Test
  void badEventsAreRefusedWithTheReason() {
    Api.Response noMail = invite("C-2", "SALES_CALL", null);
    assertEquals(422, noMail.status(), noMail.toString());
    assertTrue(noMail.json().getJsonArray("problems").getString(0).contains("no email"), noMail.toString());
    assertEquals(404, invite("NOPE", "SALES_CALL", null).status());
    Api.Response bad = invite("", "LUNCH", "de");
    assertEquals(422, bad.status(), bad.toString());
    assertEquals(3, bad.json().getJsonArray("problems").size(), bad.toString());
    assertEquals(401, Api.anonymous().postJson("surveys/invitations", "{}").status());
    assertEquals(403, Api.newUser("exec.delivery", "EXECUTIVE").postJson("surveys/invitations", "{}").status());
    assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM survey_invitation"));
  }

  @Test
  void surveyDefinitionsAreReadByCxRolesAndEditedByAnalysts() {
    JsonArray definitions = manager.get("surveys/definitions").array();
    assertEquals(4, definitions.size());
    JsonObject serviceCall = definitions.stream().map(JsonObject.class::cast)
        .filter(d -> d.getString("touchpoint").equals("SERVICE_CALL")).findFirst().orElseThrow();
    assertTrue(serviceCall.getBoolean("csatEnabled"));
    assertEquals(4, serviceCall.getJsonObject("texts").size());

    StringBuilder texts = new StringBuilder();
    for (String language : List.of("en", "tr", "ar", "fa")) {
      texts.append(texts.length() == 0 ? "" : ",").append('"').append(language).append("\":{\"title\":\"T ")
          .append(language).append("\",\"npsQuestion\":\"Q?\",\"openQuestion\":\"More?\",\"cesQuestion\":\"Easy?\","
              + "\"mailSubject\":\"S\",\"mailBody\":\"Go: {link}\"}");
    }
    String edit = "{\"csatEnabled\":false,\"cesEnabled\":true,\"texts\":{" + texts + "}}";
    assertEquals(403, manager.putJson("surveys/definitions/SALES_CALL", edit).status());
    Api.Response invalid = analyst.putJson("surveys/definitions/SALES_CALL", edit.replace("Go: {link}", "no link"));
    assertEquals(422, invalid.status(), invalid.toString());
    assertEquals(4, invalid.json().getJsonArray("problems").size(), invalid.toString());
    Api.Response saved = analyst.putJson("surveys/definitions/SALES_CALL", edit);
    assertEquals(200, saved.status(), saved.toString());
    assertEquals("T fa", saved.json().getJsonObject("texts").getJsonObject("fa").getString("title"));
    assertTrue(saved.json().getBoolean("cesEnabled"));
  }

  private static String text(String sql) {
    try (var connection = TestDatabase.connect();
        var select = connection.createStatement();
        var row = select.executeQuery(sql)) {
      row.next();
      return row.getString(1);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
