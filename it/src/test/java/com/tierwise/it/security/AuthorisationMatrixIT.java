package com.tierwise.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tierwise.it.support.Api;
import com.tierwise.it.support.Deployments;
import com.tierwise.it.support.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every REST operation of the OpenAPI document and every portal page, called without
 * credentials and as a user of each role: only the cells of the tables below may succeed. The
 * tables are the declared intent (kept in step with ACCEPTANCE.md and the README's roles table);
 * an operation or page without a row fails the test, so nothing new ships unreviewed, and a
 * wrong {@code @RolesAllowed} or web.xml constraint fails it too.
 */
@ExtendWith(ArquillianExtension.class)
class AuthorisationMatrixIT {

  static final List<String> ROLES =
      List.of("ADMIN", "CX_ANALYST", "ACCOUNT_MANAGER", "GOVERNANCE_BOARD", "EXECUTIVE", "CCBMX", "CCSX");

  private static final String ALL = "ALL";
  private static final String PUBLIC = "PUBLIC";

  /**
   * The only API operations that answer without credentials: the readiness probe. (The public
   * survey page, {@code /tierwise/survey}, is a page outside the API; see {@link #PAGES}.)
   */
  static final Set<String> PUBLIC_OPERATIONS = Set.of("GET /status");

  /** Who may call each operation ("ALL": every role). ADMIN users hold every role. */
  static final Map<String, String> OPERATIONS = table(
      "GET /charter", "ADMIN,CX_ANALYST,EXECUTIVE,CCBMX,CCSX",
      "GET /charter/attribution", "ADMIN,CX_ANALYST,EXECUTIVE,CCBMX,CCSX",
      "GET /charter/versions", "ADMIN,CX_ANALYST,EXECUTIVE,CCBMX,CCSX",
      "GET /charter/versions/{n}", "ADMIN,CX_ANALYST,EXECUTIVE,CCBMX,CCSX",
      "GET /charter/versions/{n}/diff", "ADMIN,CX_ANALYST,EXECUTIVE,CCBMX,CCSX",
      "POST /charter/versions", "ADMIN,CX_ANALYST,CCBMX,CCSX",
      "PUT /charter/versions/{n}/cells", "ADMIN,CX_ANALYST,CCBMX,CCSX",
      "POST /charter/versions/{n}/signatures", "CCBMX,CCSX",
      "POST /charter/versions/{n}/abandonment", "ADMIN,CX_ANALYST,CCBMX,CCSX",
      "GET /glossary", ALL,
      "GET /glossary/{slug}", ALL,
      "GET /glossary/{slug}/history", "ADMIN,CX_ANALYST,CCBMX,CCSX",
      "POST /glossary", "ADMIN,CX_ANALYST,CCBMX,CCSX",
      "PUT /glossary/{slug}", "ADMIN,CX_ANALYST,CCBMX,CCSX",
      "DELETE /glossary/{slug}", "ADMIN,CX_ANALYST,CCBMX,CCSX",
      "GET /personas", ALL,
      "GET /personas/{id}", ALL,
      "POST /personas", "ADMIN,CX_ANALYST,CCBMX,CCSX",
      "PUT /personas/{id}", "ADMIN,CX_ANALYST,CCBMX,CCSX",
      "DELETE /personas/{id}", "ADMIN,CX_ANALYST,CCBMX,CCSX",
      "GET /journey/touchpoints", ALL,
      "GET /journey/touchpoints/{id}", ALL,
      "POST /journey/touchpoints", "ADMIN,CX_ANALYST,CCBMX,CCSX",
      "PUT /journey/touchpoints/{id}", "ADMIN,CX_ANALYST,CCBMX,CCSX",
      "DELETE /journey/touchpoints/{id}", "ADMIN,CX_ANALYST,CCBMX,CCSX",
      "GET /governance/audit/imports", "ADMIN,GOVERNANCE_BOARD,CX_ANALYST,EXECUTIVE",
      "GET /jobs", "ADMIN,CX_ANALYST,GOVERNANCE_BOARD,EXECUTIVE",
      "GET /mail/outbox", "ADMIN",
      "GET /mail/outbox/{id}", "ADMIN",
      "POST /mail/outbox/{id}/resend", "ADMIN",
      "GET /metrics", "ADMIN",
      "GET /scorecard", "ADMIN,CX_ANALYST,EXECUTIVE,CCBMX,CCSX",
      "GET /scorecard/metrics", "ADMIN,CX_ANALYST,EXECUTIVE,CCBMX,CCSX",
      "PUT /scorecard/metrics/{metric}/owner", "ADMIN,CX_ANALYST",
      "PUT /scorecard/targets/{quarter}/{metric}", "ADMIN,CX_ANALYST",
      "GET /teams", ALL,
      "PUT /users/{username}/placement", "ADMIN",
      "POST /allocations", "ADMIN,CX_ANALYST,ACCOUNT_MANAGER,GOVERNANCE_BOARD,EXECUTIVE,CCSX",
      "GET /customers", ALL,
      "GET /customers/{externalId}", ALL,
      "GET /customers/{externalId}/treatment", ALL,
      "POST /customers/import", "ADMIN,CX_ANALYST",
      "GET /governance/queue", "ADMIN,GOVERNANCE_BOARD,CX_ANALYST,ACCOUNT_MANAGER,EXECUTIVE",
      "GET /governance/audit/customers/{externalId}", "ADMIN,GOVERNANCE_BOARD,CX_ANALYST,ACCOUNT_MANAGER,EXECUTIVE",
      "GET /governance/audit/treatment-policy", "ADMIN,GOVERNANCE_BOARD,CX_ANALYST,EXECUTIVE",
      "POST /governance/sweeps", "ADMIN",
      "POST /hic/nominations", "ADMIN,ACCOUNT_MANAGER,CX_ANALYST",
      "GET /hic/nominations", ALL,
      "GET /hic/nominations/{id}", ALL,
      "POST /hic/nominations/{id}/decision", "GOVERNANCE_BOARD",
      "POST /hic/nominations/{id}/resubmission", "ADMIN,ACCOUNT_MANAGER,CX_ANALYST",
      "POST /hic/nominations/{id}/withdrawal", "ADMIN,ACCOUNT_MANAGER,CX_ANALYST",
      "GET /hic/nominations/{id}/audit", "ADMIN,ACCOUNT_MANAGER,CX_ANALYST,GOVERNANCE_BOARD,EXECUTIVE",
      "GET /hic/candidates", "ADMIN,ACCOUNT_MANAGER,CX_ANALYST,GOVERNANCE_BOARD",
      "GET /hic/customers", ALL,
      "GET /hic/customers/{externalId}", ALL,
      "POST /hic/customers/{externalId}/review", "GOVERNANCE_BOARD",
      "GET /hic/customers/{externalId}/profile", ALL,
      "PUT /hic/customers/{externalId}/profile", "ADMIN,ACCOUNT_MANAGER,CX_ANALYST,GOVERNANCE_BOARD",
      "GET /nps", ALL,
      "GET /nps/breakdown", ALL,
      "GET /nps/trend", ALL,
      "GET /nps/resurvey", ALL,
      "POST /overrides", "ADMIN,CX_ANALYST,ACCOUNT_MANAGER,GOVERNANCE_BOARD",
      "GET /overrides", "ADMIN,CX_ANALYST,ACCOUNT_MANAGER,GOVERNANCE_BOARD,EXECUTIVE",
      "GET /overrides/{id}", "ADMIN,CX_ANALYST,ACCOUNT_MANAGER,GOVERNANCE_BOARD,EXECUTIVE",
      "POST /overrides/{id}/decision", "GOVERNANCE_BOARD",
      "POST /overrides/{id}/withdrawal", "ADMIN,CX_ANALYST,ACCOUNT_MANAGER,GOVERNANCE_BOARD",
      "GET /reports/{name}", "ADMIN,CX_ANALYST,EXECUTIVE",
      "POST /reports/subscriptions", "ADMIN,CX_ANALYST,EXECUTIVE",
      "GET /reports/subscriptions", "ADMIN,CX_ANALYST,EXECUTIVE",
      "GET /reports/subscriptions/{id}", "ADMIN,CX_ANALYST,EXECUTIVE",
      "DELETE /reports/subscriptions/{id}", "ADMIN,CX_ANALYST,EXECUTIVE",
      "POST /reports/subscriptions/{id}/deliveries", "ADMIN,CX_ANALYST,EXECUTIVE",
      "GET /reports/subscriptions/{id}/deliveries", "ADMIN,CX_ANALYST,EXECUTIVE",
      "GET /reports/deliveries/{id}", "ADMIN,CX_ANALYST,EXECUTIVE",
      "GET /reports/deliveries/{id}/report", "ADMIN,CX_ANALYST,EXECUTIVE",
      "POST /silos/segmentations", "ADMIN,CX_ANALYST",
      "GET /silos/consistency", "ADMIN,CX_ANALYST,GOVERNANCE_BOARD,EXECUTIVE,CCBMX,CCSX",
      "GET /status", PUBLIC,
      "GET /surveys/definitions", "ADMIN,CX_ANALYST,ACCOUNT_MANAGER,CCBMX,CCSX,EXECUTIVE",
      "PUT /surveys/definitions/{touchpoint}", "ADMIN,CX_ANALYST",
      "POST /surveys/invitations", "ADMIN,CX_ANALYST,ACCOUNT_MANAGER,CCBMX,CCSX",
      "POST /surveys/responses", "ADMIN,CX_ANALYST,ACCOUNT_MANAGER,CCBMX,CCSX",
      "GET /tasks", "ADMIN,CX_ANALYST,ACCOUNT_MANAGER,CCBMX,CCSX",
      "POST /tasks/{id}/claim", "ADMIN,CX_ANALYST,ACCOUNT_MANAGER,CCBMX,CCSX",
      "POST /tasks/{id}/complete", "ADMIN,CX_ANALYST,ACCOUNT_MANAGER,CCBMX,CCSX",
      "POST /tasks/{id}/reassign", "ADMIN,CX_ANALYST,ACCOUNT_MANAGER,CCBMX,CCSX",
      "POST /tasks/escalations", "ADMIN,CX_ANALYST",
      "GET /tasks/performance", "ADMIN,CX_ANALYST,ACCOUNT_MANAGER,EXECUTIVE,CCBMX,CCSX",
      "GET /tiering/policy", ALL,
      "PUT /tiering/policy", "ADMIN,CX_ANALYST",
      "GET /tiering/policy/versions", "ADMIN,CX_ANALYST,GOVERNANCE_BOARD,EXECUTIVE",
      "POST /tiering/simulations", "ADMIN,CX_ANALYST",
      "POST /tiering/runs", "ADMIN,CX_ANALYST",
      "GET /tiering/runs", "ADMIN,CX_ANALYST,GOVERNANCE_BOARD,EXECUTIVE",
      "GET /tiering/runs/{id}", "ADMIN,CX_ANALYST,GOVERNANCE_BOARD,EXECUTIVE",
      "GET /tiering/runs/{id}/movers", "ADMIN,CX_ANALYST,GOVERNANCE_BOARD,EXECUTIVE",
      "GET /tiering/runs/{id}/assignments", "ADMIN,CX_ANALYST,GOVERNANCE_BOARD,EXECUTIVE",
      "POST /tokens", "ADMIN",
      "GET /tokens", "ADMIN",
      "DELETE /tokens/{id}", "ADMIN",
      "GET /treatment/policy", ALL,
      "PUT /treatment/policy", "ADMIN,GOVERNANCE_BOARD",
      "POST /users", "ADMIN",
      "GET /users", "ADMIN");

  /** Every portal page (relative to the web app) and the roles that may open it. */
  static final Map<String, String> PAGES = table(
      "app/admin/users.xhtml", "ADMIN",
      "app/scorecard.xhtml", "ADMIN,CX_ANALYST,EXECUTIVE,CCBMX,CCSX",
      "app/teams.xhtml", ALL,
      "app/admin/mail.xhtml", "ADMIN",
      "app/charter.xhtml", "ADMIN,CX_ANALYST,EXECUTIVE,CCBMX,CCSX",
      "app/governance/allocation.xhtml", "ADMIN,CX_ANALYST,ACCOUNT_MANAGER,GOVERNANCE_BOARD,EXECUTIVE,CCSX",
      "app/governance/silos.xhtml", "ADMIN,CX_ANALYST,GOVERNANCE_BOARD,EXECUTIVE,CCBMX,CCSX",
      "app/organisation/glossary.xhtml", ALL,
      "app/organisation/journey.xhtml", ALL,
      "app/organisation/personas.xhtml", ALL,
      "app/surveys.xhtml", "ADMIN,CX_ANALYST,ACCOUNT_MANAGER,EXECUTIVE,CCBMX,CCSX",
      "app/customer.xhtml?id=SEC-M-1", ALL,
      "app/customers.xhtml", ALL,
      "app/dashboard.xhtml", ALL,
      "app/governance/hic-profile.xhtml?customer=SEC-M-1", ALL,
      "app/governance/hic.xhtml", ALL,
      "app/governance/queue.xhtml", "ADMIN,GOVERNANCE_BOARD",
      "app/governance/treatment.xhtml", ALL,
      "app/import.xhtml", "ADMIN,CX_ANALYST",
      "app/nps.xhtml", ALL,
      "app/policy.xhtml", "ADMIN,CX_ANALYST,GOVERNANCE_BOARD,EXECUTIVE",
      "app/reports.xhtml", "ADMIN,CX_ANALYST,EXECUTIVE",
      "app/responses.xhtml", "ADMIN,CX_ANALYST,ACCOUNT_MANAGER,EXECUTIVE,CCBMX,CCSX",
      "app/tasks.xhtml", "ADMIN,CX_ANALYST,ACCOUNT_MANAGER,CCBMX,CCSX");

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
  void oneCustomer() {
    TestDatabase.resetCustomers();
    Api.Response imported =
        Api.admin().post("customers/import", "text/csv", "external_id,name,business_value,cx_score\nSEC-M-1,Matrix Müşteri,10,9\n");
    assertEquals(200, imported.status(), imported.toString());
    for (String role : ROLES) {
      Api.newUser(user(role), role);
    }
  }

  @Test
  void everyOperationOfTheOpenApiDocumentHasAnExpectation() throws Exception {
    Set<String> documented = operations().keySet();
    Set<String> missing = new TreeSet<>(documented);
    missing.removeAll(OPERATIONS.keySet());
    Set<String> gone = new TreeSet<>(OPERATIONS.keySet());
    gone.removeAll(documented);
    assertTrue(missing.isEmpty(), "operations without a row in OPERATIONS: " + missing);
    assertTrue(gone.isEmpty(), "rows for operations the OpenAPI document does not have: " + gone);
  }

  @Test
  void onlyTheIntendedCellsOfTheApiSucceed() throws Exception {
    List<String> wrong = new ArrayList<>();
    int calls = 0;
    for (Map.Entry<String, String> operation : operations().entrySet()) {
      String key = operation.getKey();
      String expected = OPERATIONS.get(key);
      if (expected == null) {
        continue; // reported by the test above
      }
      String method = key.substring(0, key.indexOf(' '));
      String path = fill(key.substring(key.indexOf(" ") + 1));
      HttpResponse<String> anonymous = call(method, path, operation.getValue(), null);
      calls++;
      if (PUBLIC.equals(expected) != PUBLIC_OPERATIONS.contains(key)) {
        wrong.add(key + ": public in one table only");
      }
      if (PUBLIC.equals(expected)) {
        if (anonymous.statusCode() != 200) {
          wrong.add(key + " anonymous: " + anonymous.statusCode());
        }
        continue;
      }
      if (anonymous.statusCode() != 401 || anonymous.headers().firstValue("WWW-Authenticate").isEmpty()) {
        wrong.add(key + " anonymous: " + anonymous.statusCode() + " (401 with a Basic challenge expected)");
      }
      for (String role : ROLES) {
        boolean allowed = ALL.equals(expected) || "ADMIN".equals(role) || List.of(expected.split(",")).contains(role);
        HttpResponse<String> answer = call(method, path, operation.getValue(), basic(user(role)));
        calls++;
        int status = answer.statusCode();
        if (allowed && (status == 401 || status == 403 || status >= 500)) {
          wrong.add(key + " as " + role + ": " + status + " " + abbreviate(answer.body()));
        } else if (!allowed && status != 403) {
          wrong.add(key + " as " + role + ": " + status + " (403 expected)");
        }
      }
    }
    assertTrue(calls > 400, "the whole matrix was called: " + calls);
    assertTrue(wrong.isEmpty(), wrong.size() + " wrong cells:\n" + String.join("\n", wrong));
  }

  @Test
  void everyPortalPageHasAnExpectation() throws IOException {
    Path webapp = Path.of(System.getProperty("tierwise.it.webapp", "../web/src/main/webapp"));
    Set<String> pages;
    try (Stream<Path> files = Files.walk(webapp.resolve("app"))) {
      pages =
          files.filter(file -> file.toString().endsWith(".xhtml"))
              .map(file -> webapp.relativize(file).toString().replace('\\', '/'))
              .collect(Collectors.toCollection(TreeSet::new));
    }
    Set<String> declared =
        PAGES.keySet().stream().map(page -> page.replaceFirst("\\?.*", "")).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(pages, declared, "every page under app/ needs a row in PAGES");
  }

  @Test
  void onlyTheIntendedCellsOfThePortalOpen() throws Exception {
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, String> page : PAGES.entrySet()) {
      HttpResponse<String> anonymous = page(page.getKey(), null);
      String location = anonymous.headers().firstValue("Location").orElse("");
      if (anonymous.statusCode() != 302 || !location.contains("login.xhtml")) {
        wrong.add(page.getKey() + " anonymous: " + anonymous.statusCode() + " " + location);
      }
      for (String role : ROLES) {
        boolean allowed =
            ALL.equals(page.getValue()) || "ADMIN".equals(role) || List.of(page.getValue().split(",")).contains(role);
        HttpResponse<String> answer = page(page.getKey(), basic(user(role)));
        if (allowed && answer.statusCode() != 200) {
          wrong.add(page.getKey() + " as " + role + ": " + answer.statusCode() + " (200 expected)");
        } else if (!allowed && (answer.statusCode() != 403 || !answer.body().contains("<html"))) {
          wrong.add(page.getKey() + " as " + role + ": " + answer.statusCode() + " (the 403 page expected)");
        }
      }
    }
    assertTrue(wrong.isEmpty(), wrong.size() + " wrong cells:\n" + String.join("\n", wrong));
  }

  /** "METHOD /path" (relative to /api) → the content type its body takes, or null. */
  static Map<String, String> operations() throws IOException, InterruptedException {
    HttpResponse<String> answer =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(openApiUrl())).header("Accept", "application/json").GET().build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertEquals(200, answer.statusCode(), "the OpenAPI document: " + answer.body());
    JsonObject document;
    try (var reader = Json.createReader(new StringReader(answer.body()))) {
      document = reader.readObject();
    }
    Map<String, String> operations = new LinkedHashMap<>();
    for (Map.Entry<String, JsonValue> path : document.getJsonObject("paths").entrySet()) {
      String relative = path.getKey().replaceFirst("^.*?/api(?=/)", "");
      for (Map.Entry<String, JsonValue> operation : path.getValue().asJsonObject().entrySet()) {
        String method = operation.getKey().toUpperCase(java.util.Locale.ROOT);
        if (!List.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method)) {
          continue;
        }
        JsonObject body = operation.getValue().asJsonObject().getJsonObject("requestBody");
        String type =
            body == null || !body.containsKey("content")
                ? null
                : body.getJsonObject("content").keySet().stream().sorted().findFirst().orElse(null);
        operations.put(method + " " + relative, type);
      }
    }
    return operations;
  }

  static String openApiUrl() {
    return "http://localhost:" + (8080 + Api.PORT_OFFSET) + "/openapi";
  }

  /** Path parameters: an existing customer, ids no row has. */
  static String fill(String path) {
    return path.replace("{externalId}", "SEC-M-1")
        .replace("{id}", "987654321")
        .replace("{name}", "no-such-report")
        .replace("{touchpoint}", "WEBSITE_VISIT")
        .replace("{slug}", "no-such-term")
        .replace("{n}", "987654321")
        .replace("{metric}", "NPS")
        .replace("{quarter}", "2026-Q4")
        .replace("{username}", "no-such-user");
  }

  private static HttpResponse<String> call(String method, String path, String contentType, String authorization)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Api.BASE + path.substring(1))).timeout(Duration.ofMinutes(2));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    String body = contentType == null ? null : contentType.contains("json") ? "{}" : "x\n";
    if (body != null) {
      request.header("Content-Type", contentType);
    }
    request.method(
        method,
        body == null && !method.equals("POST") && !method.equals("PUT")
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body == null ? "" : body));
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static HttpResponse<String> page(String page, String authorization) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Api.BASE.replace("/api/", "/") + page)).GET();
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static String user(String role) {
    return "matrix." + role.toLowerCase(java.util.Locale.ROOT).replace('_', '.');
  }

  /** The password {@link Api#newUser} gives. */
  static String basic(String username) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((username + ":pw-" + username + "-2026!").getBytes(StandardCharsets.UTF_8));
  }

  private static String abbreviate(String body) {
    return body == null ? "" : body.length() > 160 ? body.substring(0, 160) + "…" : body;
  }

  private static Map<String, String> table(String... cells) {
    Map<String, String> table = new LinkedHashMap<>();
    for (int i = 0; i < cells.length; i += 2) {
      table.put(cells[i], cells[i + 1]);
    }
    return table;
  }
}
