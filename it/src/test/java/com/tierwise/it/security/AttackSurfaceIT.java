package com.tierwise.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tierwise.it.support.Api;
import com.tierwise.it.support.Deployments;
import com.tierwise.it.support.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The attacks of issue 7 that need no browser: security headers on every kind of answer, SQL
 * injection through every query parameter, parser bombs and oversize bodies, cross-site request
 * forgery against the portal and the API, and formula injection into every export.
 */
@ExtendWith(ArquillianExtension.class)
class AttackSurfaceIT {

  /** Values a spreadsheet would run as formulas (OWASP CSV injection). */
  static final List<String> FORMULAS = List.of("=1+2", "+3+4", "-5+6", "@SUM(7)", "\t=8", "\r=9");

  static final List<String> INJECTIONS =
      List.of(
          "' OR 1=1 --",
          "x'; DROP TABLE customer; --",
          "name;drop table customer",
          "1) OR (1=1",
          "\u2019 OR \u20181\u2019=\u20181",
          "%' UNION SELECT password_hash FROM app_user --",
          "\\'; SELECT pg_sleep(5); --");

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  @BeforeEach
  void customers() {
    TestDatabase.resetCustomers();
    StringBuilder csv = new StringBuilder("external_id,name,business_value,cx_score,owner\n");
    for (int i = 1; i <= 20; i++) {
      csv.append("SEC-").append(i).append(",Müşteri ").append(i).append(',').append(i).append(',').append(i % 10).append(",ayse\n");
    }
    for (int i = 0; i < FORMULAS.size(); i++) {
      String formula = FORMULAS.get(i);
      csv.append(quote(formula.strip().isEmpty() ? formula : formula)).append(',')
          .append(quote(formula + " name")).append(',').append(100 + i).append(",9,ayse\n");
    }
    Api.Response imported = Api.admin().post("customers/import", "text/csv", csv.toString());
    assertEquals(200, imported.status(), imported.toString());
    assertEquals(201, Api.admin().postJson("tiering/runs", "").status());
  }

  // ---------------------------------------------------------------- security headers

  @Test
  void everyKindOfAnswerCarriesTheSecurityHeaders() throws Exception {
    Api.newUser("headers.exec", "EXECUTIVE");
    String exec = AuthorisationMatrixIT.basic("headers.exec");
    String admin = "Basic " + java.util.Base64.getEncoder().encodeToString(("admin:" + System.getProperty("tierwise.it.admin.password")).getBytes(StandardCharsets.UTF_8));
    Map<String, HttpResponse<String>> answers = new LinkedHashMap<>();
    answers.put("200 api", send("GET", Api.BASE + "status", null, null));
    answers.put("401 api", send("GET", Api.BASE + "customers", null, null));
    answers.put("401 wrong password", send("GET", Api.BASE + "customers", "Basic eDp5", null));
    answers.put("403 api", send("POST", Api.BASE + "users", exec, "{}"));
    answers.put("404 api", send("GET", Api.BASE + "no-such-thing", admin, null));
    answers.put("405 api", send("DELETE", Api.BASE + "tiering/policy", admin, null));
    answers.put("400 api", send("POST", Api.BASE + "users", admin, "{\"username\": "));
    answers.put("login page", send("GET", PortalSession.PORTAL + "login.xhtml", null, null));
    answers.put("redirect to login", send("GET", PortalSession.PORTAL + "app/dashboard.xhtml", null, null));
    answers.put("403 page", send("GET", PortalSession.PORTAL + "app/admin/users.xhtml", exec, null));
    answers.put("404 page", send("GET", PortalSession.PORTAL + "app/no-such-page.xhtml", admin, null));
    answers.put("error page", send("GET", PortalSession.PORTAL + "error/404.xhtml", null, null));
    answers.put("static resource", send("GET", PortalSession.PORTAL + "resources/css/tierwise.css", null, null));
    answers.put(
        "faces resource",
        send("GET", PortalSession.PORTAL + "jakarta.faces.resource/css/tierwise.css.xhtml", null, null));
    answers.put("public survey page", send("GET", PortalSession.PORTAL + "survey?t=not-a-token", null, null));
    if (!"payara".equals(Api.SERVER)) {
      // WildFly: response-header filters in configure.cli. Payara serves the document from its
      // own system application, which has no such setting (README, Known issues).
      answers.put("openapi", send("GET", AuthorisationMatrixIT.openApiUrl(), null, null));
    }
    List<String> missing = new ArrayList<>();
    for (Map.Entry<String, HttpResponse<String>> answer : answers.entrySet()) {
      HttpResponse<String> response = answer.getValue();
      String what = answer.getKey() + " (" + response.statusCode() + ")";
      expect(missing, what, response, "X-Content-Type-Options", "nosniff");
      expect(missing, what, response, "X-Frame-Options", "DENY");
      expect(missing, what, response, "Content-Security-Policy", "frame-ancestors 'none'");
      // the survey page sends no referrer at all (its link holds the token): stricter still
      expect(missing, what, response, "Referrer-Policy", answer.getKey().contains("survey") ? "no-referrer" : "same-origin");
    }
    assertEquals(404, answers.get("404 api").statusCode());
    assertEquals(405, answers.get("405 api").statusCode());
    assertEquals(403, answers.get("403 page").statusCode());
    assertTrue(missing.isEmpty(), String.join("\n", missing));
    assertFalse(
        answers.get("401 api").headers().firstValue("Strict-Transport-Security").isPresent(),
        "HSTS only over HTTPS");
  }

  private static void expect(List<String> missing, String what, HttpResponse<String> response, String header, String value) {
    String actual = response.headers().firstValue(header).orElse(null);
    if (actual == null || !actual.contains(value)) {
      missing.add(what + ": " + header + " = " + actual);
    }
  }

  // ---------------------------------------------------------------- SQL injection

  @Test
  void injectionThroughEveryQueryParameterIsHarmless() throws Exception {
    int customersBefore = total("customers");
    List<String> wrong = new ArrayList<>();
    int calls = 0;
    for (Map.Entry<String, List<String>> operation : queryParameters().entrySet()) {
      String path = AuthorisationMatrixIT.fill(operation.getKey());
      if (path.startsWith("/reports/")) {
        continue; // renders a report per call; its parameters are enumerations checked below
      }
      for (String parameter : operation.getValue()) {
        for (String injection : INJECTIONS) {
          String url = Api.BASE + path.substring(1) + "?" + parameter + "=" + URLEncoder.encode(injection, StandardCharsets.UTF_8);
          long started = System.nanoTime();
          Api.Response answer = get(url);
          calls++;
          String body = answer.body() == null ? "" : answer.body();
          if (!List.of(200, 400, 404, 422).contains(answer.status())
              // (not the bare word "Exception": the outbox shows administrators a mail error's class name)
              || body.contains("SQL") || body.contains("at org.") || body.contains("syntax")
              || body.contains("pbkdf2") || body.contains("at com.")) {
            wrong.add(operation.getKey() + "?" + parameter + "=" + injection + " → " + answer);
          }
          if (answer.status() == 400 && !body.contains("\"message\"")) {
            wrong.add(operation.getKey() + "?" + parameter + ": a 400 without a message: " + body);
          }
          if (System.nanoTime() - started > 4_000_000_000L) {
            wrong.add(operation.getKey() + "?" + parameter + "=" + injection + " took over 4 s (injected sleep?)");
          }
        }
      }
    }
    assertTrue(calls > 100, "calls: " + calls);
    assertTrue(wrong.isEmpty(), wrong.size() + " answers leaked or failed:\n" + String.join("\n", wrong));

    Api.Response everyone = Api.admin().get("customers?q=" + URLEncoder.encode("' OR 1=1 --", StandardCharsets.UTF_8));
    assertEquals(200, everyone.status());
    assertEquals("0", everyone.header("X-Total-Count"), "the quote is text, not SQL");
    Api.Response badTier = Api.admin().get("customers?tier=" + URLEncoder.encode("A' OR '1'='1", StandardCharsets.UTF_8));
    assertEquals(400, badTier.status());
    assertTrue(badTier.json().getString("message").contains("tier"), badTier.toString());
    assertEquals(customersBefore, total("customers"), "no customer lost or added");
    assertEquals("Müşteri 7", Api.admin().get("customers/SEC-7").json().getString("name"));
    assertEquals(200, Api.admin().post("customers/import", "text/csv", "external_id,name\nSEC-NEW,After\n").status(),
        "the customer table is still there");
  }

  /** GET operations and their query parameters, from the OpenAPI document. */
  private static Map<String, List<String>> queryParameters() throws Exception {
    HttpResponse<String> answer =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(AuthorisationMatrixIT.openApiUrl())).header("Accept", "application/json").build(),
            HttpResponse.BodyHandlers.ofString());
    JsonObject document;
    try (var reader = Json.createReader(new StringReader(answer.body()))) {
      document = reader.readObject();
    }
    Map<String, List<String>> operations = new LinkedHashMap<>();
    for (Map.Entry<String, JsonValue> path : document.getJsonObject("paths").entrySet()) {
      JsonObject get = path.getValue().asJsonObject().getJsonObject("get");
      if (get == null || !get.containsKey("parameters")) {
        continue;
      }
      List<String> names = new ArrayList<>();
      for (JsonValue parameter : get.getJsonArray("parameters")) {
        if ("query".equals(parameter.asJsonObject().getString("in", ""))) {
          names.add(parameter.asJsonObject().getString("name"));
        }
      }
      names.add("sort"); // not declared anywhere: must be ignored, never reach SQL
      operations.put(path.getKey().replaceFirst("^.*?/api(?=/)", ""), names);
    }
    return operations;
  }

  // ---------------------------------------------------------------- parser bombs and size limits

  @Test
  void deeplyNestedJsonIsRefusedAndTheServerStaysHealthy() {
    String bomb = "[".repeat(100_000) + "]".repeat(100_000);
    Api.Response answer = Api.admin().postJson("surveys/responses", bomb);
    assertEquals(400, answer.status(), answer.toString());
    assertTrue(answer.json().getString("message").contains("deeper than 64 levels"), answer.toString());
    assertFalse(answer.body().contains("Exception"), answer.body());

    String objects = "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000);
    assertEquals(400, Api.admin().putJson("tiering/policy", objects).status());

    assertEquals(200, Api.anonymous().get("status").status(), "still healthy");
    assertEquals(200, Api.admin().get("tiering/policy").status());
  }

  @Test
  void aJsonBodyAboveTheLimitIsRefusedWith413() {
    StringBuilder huge = new StringBuilder(17 * 1024 * 1024).append('[');
    while (huge.length() < 17 * 1024 * 1024) {
      huge.append("{\"externalId\":\"SEC-1\",\"touchpoint\":\"WEBSITE_VISIT\",\"score\":9},");
    }
    huge.setLength(huge.length() - 1);
    huge.append(']');
    Api.Response answer = Api.admin().postJson("surveys/responses", huge.toString());
    assertEquals(413, answer.status(), answer.status() + " " + answer.body().substring(0, Math.min(200, answer.body().length())));
    assertTrue(answer.json().getString("message").contains("larger than the limit"), answer.toString());
    assertEquals("nosniff", answer.header("X-Content-Type-Options"), "413 carries the security headers");
    assertEquals("DENY", answer.header("X-Frame-Options"));
    assertEquals(0, total("nps"), "nothing stored");
  }

  @Test
  void anUploadAboveTheLimitIsRefusedWith413AndNothingChanges() throws Exception {
    int before = total("customers");
    long size = 200L * 1024 * 1024 + 1;
    // As curl sends a large upload: headers with the length and "Expect: 100-continue", then the
    // body only once the server asks for it. The server must answer 413 without reading it.
    String answer;
    try (Socket socket = new Socket("localhost", 8080 + Api.PORT_OFFSET)) {
      socket.setSoTimeout(60_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /tierwise/api/customers/import HTTP/1.1\r\nHost: localhost\r\n"
                  + "Authorization: " + adminAuthorization() + "\r\n"
                  + "Content-Type: text/csv\r\nContent-Length: " + size + "\r\nExpect: 100-continue\r\n"
                  + "Connection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      answer = readResponse(in);
      if (answer.startsWith("HTTP/1.1 100")) {
        // the server asked for the body after all: send it and read the final answer
        byte[] chunk = new byte[1 << 16];
        java.util.Arrays.fill(chunk, (byte) 'x');
        try {
          for (long sent = 0; sent < size; sent += chunk.length) {
            out.write(chunk, 0, (int) Math.min(chunk.length, size - sent));
          }
          out.flush();
        } catch (IOException closedEarly) {
          // the server may refuse and close before the whole body is sent
        }
        answer = readResponse(in);
      }
    }
    assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
    assertTrue(answer.contains("larger than the limit of 209715200 bytes"), answer);
    assertTrue(answer.toLowerCase(java.util.Locale.ROOT).contains("x-content-type-options: nosniff"), answer);
    assertEquals(before, total("customers"), "nothing imported");
    assertEquals(200, Api.anonymous().get("status").status(), "still healthy");
  }

  private static String adminAuthorization() {
    return "Basic "
        + java.util.Base64.getEncoder()
            .encodeToString(("admin:" + System.getProperty("tierwise.it.admin.password")).getBytes(StandardCharsets.UTF_8));
  }

  /** One HTTP response (status line, headers and as much body as arrives), as text. */
  private static String readResponse(InputStream in) throws IOException {
    StringBuilder text = new StringBuilder();
    int length = -1;
    while (true) {
      String line = readLine(in);
      if (line == null) {
        return text.toString();
      }
      text.append(line).append('\n');
      if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
        length = Integer.parseInt(line.substring(15).trim());
      }
      if (line.isEmpty()) {
        break;
      }
    }
    if (text.toString().startsWith("HTTP/1.1 100")) {
      return text.toString();
    }
    byte[] body = length >= 0 ? in.readNBytes(length) : in.readNBytes(64 * 1024);
    return text + new String(body, StandardCharsets.UTF_8);
  }

  private static String readLine(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    for (int c; (c = in.read()) != -1; ) {
      if (c == '\n') {
        return line.toString();
      }
      if (c != '\r') {
        line.append((char) c);
      }
    }
    return line.length() == 0 ? null : line.toString();
  }

  // ---------------------------------------------------------------- cross-site request forgery

  @Test
  void theApiDoesNotTakeThePortalCookieForChanges() {
    PortalSession portal = new PortalSession();
    HttpResponse<String> signedIn = portal.signIn(Api.ADMIN, System.getProperty("tierwise.it.admin.password"));
    assertEquals(302, signedIn.statusCode(), signedIn.body());
    assertEquals(200, portal.get("app/dashboard.xhtml").statusCode(), "signed in");
    int runsBefore = Api.admin().get("tiering/runs").array().size();

    assertEquals(200, portal.api("GET", "customers", null).statusCode(), "reading with the session is fine");
    HttpResponse<String> forged = portal.api("POST", "tiering/runs", "");
    assertEquals(401, forged.statusCode(), forged.body());
    assertEquals(401, portal.api("PUT", "tiering/policy", "{}").statusCode());
    assertEquals(401, portal.api("DELETE", "tokens/1", null).statusCode());
    assertEquals(runsBefore, Api.admin().get("tiering/runs").array().size(), "no run started");
  }

  @Test
  void aPortalFormPostedWithoutItsViewStateChangesNothing() {
    PortalSession victim = new PortalSession();
    assertEquals(302, victim.signIn(Api.ADMIN, System.getProperty("tierwise.it.admin.password")).statusCode());
    PortalSession attacker = new PortalSession();
    Api.newUser("csrf.attacker", "ADMIN");
    assertEquals(302, attacker.signIn("csrf.attacker", "pw-csrf.attacker-2026!").statusCode());
    String attackersViewState = PortalSession.viewState(attacker.get("app/admin/users.xhtml").body());

    // a form on another site, posted with the victim's cookie: no view state, or the attacker's
    assertFalse(userExists("csrf.none"));
    victim.post("app/admin/users.xhtml", createUser("csrf.none", null), Map.of());
    victim.post("app/admin/users.xhtml", createUser("csrf.stale", attackersViewState), Map.of());
    victim.post("app/admin/users.xhtml", createUser("csrf.forged", "-1234567890:9876543210"), Map.of());
    assertFalse(userExists("csrf.none"), "no view state: nothing happens");
    assertFalse(userExists("csrf.stale"), "another session's view state: nothing happens");
    assertFalse(userExists("csrf.forged"), "an invented view state: nothing happens");

    // the same post from the victim's own page works: the form fields above are right
    String ownViewState = PortalSession.viewState(victim.get("app/admin/users.xhtml").body());
    HttpResponse<String> own = victim.post("app/admin/users.xhtml", createUser("csrf.own", ownViewState), Map.of("Faces-Request", "partial/ajax"));
    assertEquals(200, own.statusCode(), own.body());
    assertTrue(userExists("csrf.own"), "the real page creates the user: " + own.body());
  }

  private static Map<String, String> createUser(String username, String viewState) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("jakarta.faces.partial.ajax", "true");
    form.put("jakarta.faces.source", "userForm:create");
    form.put("jakarta.faces.partial.execute", "userForm");
    form.put("userForm", "userForm");
    form.put("userForm:username", username);
    form.put("userForm:password", "a-long-password-for-" + username);
    form.put("userForm:roles", "ADMIN");
    form.put("userForm:create", "userForm:create");
    if (viewState != null) {
      form.put("jakarta.faces.ViewState", viewState);
    }
    return form;
  }

  private static boolean userExists(String username) {
    return Api.admin().get("users").body().contains("\"" + username + "\"");
  }

  // ---------------------------------------------------------------- formula injection

  @Test
  void theTierAssignmentsCsvNeutralisesFormulas() {
    long run = Api.admin().get("tiering/runs").array().getJsonObject(0).getJsonNumber("id").longValue();
    Api.Response csv = Api.admin().get("tiering/runs/" + run + "/assignments", "text/csv");
    assertEquals(200, csv.status(), csv.toString());
    assertFormulaSafeCsv(csv.body(), FORMULAS.size());
  }

  @Test
  void thePortalsCustomerExportsNeutraliseFormulas() throws Exception {
    PortalSession portal = new PortalSession();
    assertEquals(302, portal.signIn(Api.ADMIN, System.getProperty("tierwise.it.admin.password")).statusCode());
    String viewState = PortalSession.viewState(portal.get("app/customers.xhtml").body());
    HttpResponse<String> csv = portal.post("app/customers.xhtml", Map.of("customersForm", "customersForm", "customersForm:exportCsv", "", "jakarta.faces.ViewState", viewState), Map.of());
    assertEquals(200, csv.statusCode());
    assertFormulaSafeCsv(csv.body(), FORMULAS.size() * 2);

    viewState = PortalSession.viewState(portal.get("app/customers.xhtml").body());
    byte[] xlsx = portal.postBytes("app/customers.xhtml", Map.of("customersForm", "customersForm", "customersForm:exportXlsx", "", "jakarta.faces.ViewState", viewState));
    assertFormulaFreeXlsx(xlsx, "=1+2 name");
  }

  @Test
  void theExecutiveReportWorkbookHoldsNoFormulas() throws Exception {
    HttpResponse<byte[]> xlsx = Api.admin().getBytes("reports/executive-tier?format=xlsx&locale=en");
    assertEquals(200, xlsx.statusCode());
    assertFormulaFreeXlsx(xlsx.body(), null);
  }

  /** Every cell starting with a formula character is quoted with an apostrophe. */
  static void assertFormulaSafeCsv(String csv, int expectedQuoted) {
    int quoted = 0;
    List<String> unsafe = new ArrayList<>();
    for (String cell : cells(csv)) {
      String value = cell.startsWith("\uFEFF") ? cell.substring(1) : cell;
      if (value.isEmpty()) {
        continue;
      }
      if (value.startsWith("'")) {
        quoted++;
      } else if ("=+@\t\r".indexOf(value.charAt(0)) >= 0 || (value.charAt(0) == '-' && !value.matches("-[0-9.]+"))) {
        unsafe.add(value);
      }
    }
    assertTrue(unsafe.isEmpty(), "cells a spreadsheet would run: " + unsafe);
    assertTrue(quoted >= expectedQuoted, "quoted cells: " + quoted + " in\n" + csv);
  }

  /** RFC 4180 cells of a CSV text. */
  private static List<String> cells(String csv) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',' || c == '\n' || (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n')) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }

  /** No sheet of the workbook has a formula cell; the text, if given, is there as a string. */
  static void assertFormulaFreeXlsx(byte[] workbook, String text) throws IOException {
    StringBuilder strings = new StringBuilder();
    int sheets = 0;
    // a zip file, not a stream: streamed writers put entry sizes after the data
    java.nio.file.Path file = java.nio.file.Files.createTempFile("tierwise-export", ".xlsx");
    try {
      java.nio.file.Files.write(file, workbook);
      try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
        for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
          String xml;
          try (InputStream in = zip.getInputStream(entry)) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
          }
          if (entry.getName().startsWith("xl/worksheets/sheet")) {
            sheets++;
            assertFalse(xml.contains("<f>") || xml.contains("<f "), entry.getName() + " has a formula cell");
            strings.append(xml);
          } else if (entry.getName().equals("xl/sharedStrings.xml")) {
            strings.append(xml);
          }
        }
      }
    } finally {
      java.nio.file.Files.deleteIfExists(file);
    }
    assertTrue(sheets > 0, "a workbook with sheets");
    if (text != null) {
      String unescaped =
          strings.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
              .replace("&apos;", "'").replace("&#39;", "'").replace("&amp;", "&");
      assertTrue(unescaped.contains(text), "the text is kept as a string: " + text);
    }
  }

  // ---------------------------------------------------------------- helpers

  private static int total(String path) {
    Api.Response answer = Api.admin().get(path.equals("nps") ? "nps" : path + "?limit=1");
    if (path.equals("nps")) {
      return answer.json().getInt("responses");
    }
    assertNotNull(answer.header("X-Total-Count"), answer.toString());
    return Integer.parseInt(answer.header("X-Total-Count"));
  }

  private static Api.Response get(String url) throws Exception {
    HttpResponse<String> answer = send("GET", url, "Basic " + java.util.Base64.getEncoder().encodeToString(("admin:" + System.getProperty("tierwise.it.admin.password")).getBytes(StandardCharsets.UTF_8)), null);
    return new Api.Response(answer);
  }

  static HttpResponse<String> send(String method, String url, String authorization, String json) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(1));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    if (json != null) {
      request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
    } else {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static String quote(String cell) {
    return '"' + cell.replace("\"", "\"\"") + '"';
  }
}
