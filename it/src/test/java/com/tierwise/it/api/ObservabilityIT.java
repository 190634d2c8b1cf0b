package com.tierwise.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.tierwise.it.support.Api;
import com.tierwise.it.support.Deployments;
import com.tierwise.it.support.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What an operator watches: health (liveness, readiness with database and mail), the Prometheus
 * metrics and the request id that ties a response, its error body and the log together.
 */
@ExtendWith(ArquillianExtension.class)
class ObservabilityIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final int SMTP_PORT = Integer.getInteger("tierwise.it.smtp.port", 3025);

  private GreenMail smtp;

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  @AfterEach
  void stopMail() {
    if (smtp != null) {
      smtp.stop();
    }
    TestDatabase.execute("UPDATE report_subscription SET active = FALSE");
  }

  private void startMail() {
    smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
  }

  private static HttpResponse<String> health(String which) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(Api.MANAGEMENT + "health/" + which)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static JsonObject check(String body, String name) {
    JsonObject health = Json.createReader(new StringReader(body)).readObject();
    return health.getJsonArray("checks").stream()
        .map(JsonValue::asJsonObject)
        .filter(c -> name.equals(c.getString("name")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no check " + name + " in " + body));
  }

  @Test
  void livenessAndReadinessAreUpWithTheirData() throws Exception {
    startMail();
    HttpResponse<String> live = health("live");
    assertEquals(200, live.statusCode(), live.body());
    assertEquals("UP", check(live.body(), "application").getString("status"), live.body());

    HttpResponse<String> ready = health("ready");
    assertEquals(200, ready.statusCode(), ready.body());
    JsonObject database = check(ready.body(), "database");
    assertEquals("UP", database.getString("status"));
    assertTrue(database.getJsonObject("data").containsKey("lastTieringRun"), ready.body());
    if ("wildfly".equals(Api.SERVER)) {
      assertTrue(database.getJsonObject("data").containsKey("poolInUse"), ready.body());
    }
    JsonObject mail = check(ready.body(), "mail");
    assertEquals("UP", mail.getJsonObject("data").getString("smtp"), ready.body());
    assertTrue(mail.getJsonObject("data").containsKey("deliveriesPending"), ready.body());
  }

  @Test
  void aStoppedMailServerShowsInReadinessWithoutTakingTheNodeOut() throws Exception {
    startMail();
    assertEquals("UP", check(health("ready").body(), "mail").getJsonObject("data").getString("smtp"));
    smtp.stop();
    smtp = null;
    HttpResponse<String> ready = health("ready");
    assertEquals(200, ready.statusCode(), "still ready: " + ready.body());
    JsonObject mail = check(ready.body(), "mail");
    assertEquals("DOWN", mail.getJsonObject("data").getString("smtp"), ready.body());
    assertTrue(mail.getJsonObject("data").containsKey("smtpError"), ready.body());
    startMail();
    assertEquals("UP", check(health("ready").body(), "mail").getJsonObject("data").getString("smtp"));
  }

  @Test
  void metricsCountImportsRunsDeliveriesSurveysAndRequests() throws Exception {
    startMail();
    assertEquals(401, Api.anonymous().get("metrics").status());
    assertEquals(403, Api.newUser("obs.analyst", "CX_ANALYST").get("metrics").status());
    String before = scrape();

    TestDatabase.resetCustomers();
    StringBuilder csv = new StringBuilder("external_id,name,business_value,cx_score,email\n");
    for (int i = 1; i <= 30; i++) {
      csv.append("OBS-").append(i).append(",Obs ").append(i).append(',').append(i * 7).append(',').append(i % 10)
          .append(",obs").append(i).append("@it.example\n");
    }
    assertEquals(200, Api.admin().post("customers/import", "text/csv", csv.toString()).status());
    assertEquals(422, Api.admin().post("customers/import", "text/csv", "external_id\nOBS-BAD\n").status());
    assertEquals(201, Api.admin().postJson("tiering/runs", "").status());
    Api.Response survey =
        Api.admin()
            .postJson(
                "surveys/responses",
                "[{\"externalId\":\"OBS-3\",\"touchpoint\":\"WEBSITE_VISIT\",\"score\":9,\"respondedAt\":\"2026-01-02T10:00:00Z\"},"
                    + "{\"externalId\":\"OBS-4\",\"touchpoint\":\"SERVICE_CALL\",\"score\":3,\"respondedAt\":\"2026-01-02T11:00:00Z\"}]");
    assertEquals(201, survey.status(), survey.toString());
    Api.Response subscription =
        Api.admin()
            .postJson(
                "reports/subscriptions",
                "{\"report\":\"executive-tier\",\"format\":\"pdf\",\"locale\":\"en\",\"recipients\":[\"ops@it.example\"],\"schedule\":\"WEEKLY\"}");
    assertEquals(201, subscription.status(), subscription.toString());
    long id = subscription.json().getJsonNumber("id").longValue();
    assertEquals(202, Api.admin().post("reports/subscriptions/" + id + "/deliveries", "application/json", "").status());
    assertTrue(smtp.waitForIncomingEmail(60_000, 1), "the report reached the SMTP server");
    assertEquals(200, Api.admin().get("customers/OBS-7/treatment").status());

    String after = eventually(() -> {
      String now = scrape();
      return value(now, "tierwise_report_deliveries_total", "outcome=\"sent\"") > value(before, "tierwise_report_deliveries_total", "outcome=\"sent\"") ? now : null;
    });
    assertNotNull(after, "a sent delivery is counted");
    assertEquals(1, delta(before, after, "tierwise_imports_seconds_count", "outcome=\"success\""));
    assertEquals(1, delta(before, after, "tierwise_imports_seconds_count", "outcome=\"rejected\""));
    assertTrue(delta(before, after, "tierwise_import_rows_total", "kind=\"created\"") >= 30, after);
    assertEquals(1, delta(before, after, "tierwise_tiering_runs_seconds_count", "outcome=\"success\""));
    assertEquals(30, value(after, "tierwise_tiering_last_run_customers", ""));
    assertEquals(2, delta(before, after, "tierwise_survey_responses_total", "outcome=\"accepted\""));
    assertEquals(
        1,
        delta(before, after, "tierwise_http_requests_seconds_count",
            "kind=\"api\",method=\"GET\",status=\"200\",template=\"/api/customers/{externalId}/treatment\""),
        "requests are counted by their template, not their path");
    assertTrue(
        value(after, "tierwise_http_requests_seconds_bucket", "method=\"GET\",status=\"200\",template=\"/api/customers/{externalId}/treatment\",le=\"30.0\"") >= 1,
        "latency histogram buckets per template");
    assertTrue(after.contains("jvm_memory_used_bytes{"), "JVM metrics");
    assertTrue(!after.contains("OBS-7"), "no customer id in a metric");
  }

  @Test
  void theRequestIdIsEchoedQuotedInErrorsAndLogged() throws Exception {
    String id = "it-obs-" + UUID.randomUUID();
    HttpResponse<String> missing =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(Api.BASE + "customers/NO-SUCH-OBS"))
                .header("Authorization", basicAdmin())
                .header("X-Request-Id", id)
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(404, missing.statusCode(), missing.body());
    assertEquals(id, missing.headers().firstValue("X-Request-Id").orElse(null));
    JsonObject error = Json.createReader(new StringReader(missing.body())).readObject();
    assertEquals(id, error.getString("requestId"), missing.body());
    assertTrue(error.containsKey("message"), "the error keeps its message: " + missing.body());

    // An unsafe id (a line break would forge log lines) is replaced, never echoed.
    HttpResponse<String> forged =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(Api.BASE + "status")).header("X-Request-Id", "x".repeat(80)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    String replaced = forged.headers().firstValue("X-Request-Id").orElse("");
    assertTrue(replaced.matches("[0-9a-f-]{36}"), replaced);

    String line = eventually(() -> logLine(id).orElse(null));
    assertNotNull(line, "the request summary is in the server log");
    if ("wildfly".equals(Api.SERVER)) {
      JsonObject logged = Json.createReader(new StringReader(line)).readObject();
      assertEquals("com.tierwise.requests", logged.getString("loggerName"), line);
      JsonObject mdc = logged.getJsonObject("mdc");
      assertEquals(id, mdc.getString("requestId"), line);
      assertEquals("/api/customers/{externalId}", mdc.getString("template"), line);
      assertEquals("404", mdc.getString("status"), line);
      assertEquals("admin", mdc.getString("user"), line);
      assertEquals("GET", mdc.getString("method"), line);
    } else {
      assertTrue(line.contains("/api/customers/{externalId} 404"), line);
    }
  }

  private static String basicAdmin() {
    return "Basic "
        + java.util.Base64.getEncoder()
            .encodeToString(("admin:" + System.getProperty("tierwise.it.admin.password")).getBytes(StandardCharsets.UTF_8));
  }

  /** The server's log file: JSON lines on WildFly, Payara's own format there. */
  private static Optional<String> logLine(String requestId) {
    Path log =
        "payara".equals(Api.SERVER)
            ? Path.of(System.getProperty("payara.home"), "glassfish", "domains",
                System.getProperty("tierwise.it.payara.domain"), "logs", "server.log")
            : Path.of(System.getProperty("tierwise.it.base"), "log", "server.log");
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return lines.stream().filter(l -> l.contains("requestId=" + requestId)).findFirst();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String scrape() {
    Api.Response metrics = Api.admin().get("metrics");
    assertEquals(200, metrics.status(), metrics.toString());
    assertTrue(metrics.header("Content-Type").startsWith("text/plain"), metrics.header("Content-Type"));
    return metrics.body();
  }

  private static long delta(String before, String after, String name, String labels) {
    return Math.round(value(after, name, labels) - value(before, name, labels));
  }

  /** The sample of a metric whose labels include the given ones (0 when absent). */
  private static double value(String scrape, String name, String labels) {
    Matcher sample = Pattern.compile("(?m)^" + Pattern.quote(name) + "\\{(.*)\\} (\\S+)$").matcher(scrape);
    double sum = 0;
    while (sample.find()) {
      if (sample.group(1).contains(labels)) {
        sum += Double.parseDouble(sample.group(2));
      }
    }
    return sum;
  }

  private static <T> T eventually(java.util.function.Supplier<T> probe) throws InterruptedException {
    Instant end = Instant.now().plus(Duration.ofSeconds(30));
    while (true) {
      T value = probe.get();
      if (value != null || Instant.now().isAfter(end)) {
        return value;
      }
      Thread.sleep(500);
    }
  }
}
