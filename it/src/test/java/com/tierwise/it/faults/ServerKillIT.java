package com.tierwise.it.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tierwise.it.support.Api;
import jakarta.json.JsonObject;
import java.io.BufferedWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The server's JVM is SIGKILLed in the middle of a 1,000,000-row import and of a tiering run over
 * 1,000,000 customers. After a restart the database holds exactly the previous state (the work's
 * one transaction died with the process), the job journal says INTERRUPTED, the portal says what
 * happened, and doing it again succeeds. Its own WildFly (a plain process, so it can be killed)
 * on a private PostgreSQL cluster; WildFly only (the kill needs the JVM's id from JBOSS_PIDFILE).
 */
@EnabledIfSystemProperty(named = "tierwise.it.server", matches = "wildfly")
class ServerKillIT {

  private static final Logger LOG = Logger.getLogger(ServerKillIT.class.getName());
  private static final int MILLION = Integer.getInteger("tierwise.it.fault.rows", 1_000_000);
  private static final int PREVIOUS = 1_000;
  private static final Path OUTPUT = Path.of(System.getProperty("tierwise.it.output", "target"));

  private static PrivatePostgres database;
  private static FaultServer server;
  private static Path million;

  @BeforeAll
  static void start() throws Exception {
    database = PrivatePostgres.create(OUTPUT.resolve("fault-pg-kill"));
    server = FaultServer.prepare(OUTPUT.resolve("fault-server-kill"), PrivatePostgres.URL);
    server.start();
    million = OUTPUT.resolve("million-customers.csv");
    writeCsv(million, MILLION, "new");
  }

  @AfterAll
  static void stop() throws Exception {
    try {
      if (server != null) {
        server.stop();
      }
    } finally {
      if (database != null) {
        database.close();
      }
    }
  }

  @Test
  void aKilledImportLeavesThePreviousCustomersAndSaysSo() throws Exception {
    Path previous = OUTPUT.resolve("previous-customers.csv");
    writeCsv(previous, PREVIOUS, "old");
    assertEquals(200, importFile(previous, "previous-customers.csv").statusCode());
    String before = customerChecksum();

    // The upload stops after 60 % of the file, so however fast the machine, the server is inside
    // the import's transaction (rows staged by COPY, nothing merged) when it is killed.
    StallingUpload upload = new StallingUpload(million, Files.size(million) * 6 / 10);
    CompletableFuture<HttpResponse<String>> killed =
        CompletableFuture.supplyAsync(() -> importFile(upload.publisher(), "million-customers.csv"));
    long job = awaitRunning("IMPORT");
    assertTrue(upload.awaitStall(Duration.ofMinutes(2)), "the upload reached 60 %");
    Thread.sleep(Long.getLong("tierwise.it.fault.kill.after.ms", 1_000)); // the server reads what is in flight
    assertEquals("RUNNING", jobStatus(job), "the import was still running when the server was killed");
    server.kill();
    upload.release();
    assertTrue(killed.handle((answer, failure) -> answer == null).get(), "the client saw the connection drop");

    assertEquals(before, customerChecksum(), "after the kill the customers are exactly the previous ones");
    server.start();
    assertEquals(before, customerChecksum(), "and still after the restart");
    assertEquals("INTERRUPTED", jobStatus(job));

    JsonObject latest = server.admin().get("jobs?kind=IMPORT&limit=1").array().getJsonObject(0);
    assertEquals(job, latest.getJsonNumber("id").longValue());
    assertEquals("INTERRUPTED", latest.getString("status"));
    assertEquals("million-customers.csv", latest.getString("subject"));
    String page = portal("app/import.xhtml");
    assertTrue(
        page.contains("The import of million-customers.csv started by admin at")
            && page.contains("was interrupted when the server stopped; nothing was changed"),
        "the import wizard says what happened");

    HttpResponse<String> again = importFile(million, "million-customers.csv");
    assertEquals(200, again.statusCode(), again.body());
    assertEquals(MILLION, countCustomers());
    assertEquals("COMPLETED", server.admin().get("jobs?kind=IMPORT&limit=1").array().getJsonObject(0).getString("status"));
    assertTrue(!portal("app/import.xhtml").contains("was interrupted when the server stopped"),
        "the warning goes once the file was imported again");
  }

  @Test
  void aKilledTieringRunLeavesThePreviousRunAndSaysSo() throws Exception {
    if (countCustomers() < MILLION) {
      assertEquals(200, importFile(million, "million-customers.csv").statusCode());
    }
    Api admin = server.admin();
    Instant firstStarted = Instant.now();
    Api.Response first = admin.post("tiering/runs", "application/json", "");
    assertEquals(201, first.status(), first.toString());
    long firstRun = first.json().getJsonNumber("id").longValue();
    LOG.info(() -> "A tiering run over " + MILLION + " customers took " + Duration.between(firstStarted, Instant.now()));
    String assignmentsBefore = assignmentChecksum();

    CompletableFuture<Api.Response> killed = CompletableFuture.supplyAsync(() -> admin.post("tiering/runs", "application/json", ""));
    long job = awaitRunning("TIERING_RUN");
    Thread.sleep(Long.getLong("tierwise.it.fault.run.kill.after.ms", 3_000));
    assertEquals("RUNNING", jobStatus(job), "the run was still running when the server was killed");
    server.kill();
    assertTrue(killed.handle((answer, failure) -> answer == null).get(), "the client saw the connection drop");

    server.start();
    assertEquals("INTERRUPTED", jobStatus(job));
    assertEquals(firstRun, latestRunId(), "the latest run is still the one before the kill");
    assertEquals(assignmentsBefore, assignmentChecksum(), "no assignment of the killed run, none of the first lost");
    String page = portal("app/policy.xhtml");
    assertTrue(page.contains("The tiering run (policy version 1) started by admin at")
        && page.contains("was interrupted when the server stopped; nothing was changed"), "the policy page says what happened");
    assertTrue(portal("app/dashboard.xhtml").contains("was interrupted when the server stopped"), "so does the dashboard");

    Api.Response again = admin.post("tiering/runs", "application/json", "");
    assertEquals(201, again.status(), again.toString());
    assertTrue(again.json().getJsonNumber("id").longValue() > firstRun);
    assertEquals(MILLION, countAssignments(again.json().getJsonNumber("id").longValue()));
  }

  // --- helpers -------------------------------------------------------------------------------

  /** external_id,name,business_value,cx_score; written row by row, never held in memory. */
  private static void writeCsv(Path file, int rows, String flavour) throws Exception {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("external_id,name,business_value,cx_score\n");
      for (int i = 0; i < rows; i++) {
        long business = (i * 7919L) % 1_000_003 + ("old".equals(flavour) ? 17 : 0);
        int cx = (int) ((i * 31L) % 11);
        out.write(String.format(Locale.ROOT, "C%07d,Customer %s %d,%d.25,%d%n", i, flavour, i, business, cx));
      }
    }
  }

  private static HttpResponse<String> importFile(Path file, String name) {
    try {
      return importFile(HttpRequest.BodyPublishers.ofFile(file), name);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static HttpResponse<String> importFile(HttpRequest.BodyPublisher body, String name) {
    String password = System.getProperty("tierwise.it.admin.password");
    try {
      return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
          HttpRequest.newBuilder(URI.create(FaultServer.PORTAL + "api/customers/import"))
              .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8)))
              .header("Content-Type", "text/csv")
              .header("X-File-Name", name)
              .timeout(Duration.ofMinutes(10))
              .POST(body)
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A file sent up to a given byte, where the upload waits until released (then ends early). */
  private static final class StallingUpload {
    private final Path file;
    private final long stallAt;
    private final java.util.concurrent.CountDownLatch stalled = new java.util.concurrent.CountDownLatch(1);
    private final java.util.concurrent.CountDownLatch released = new java.util.concurrent.CountDownLatch(1);

    StallingUpload(Path file, long stallAt) {
      this.file = file;
      this.stallAt = stallAt;
    }

    HttpRequest.BodyPublisher publisher() {
      return HttpRequest.BodyPublishers.ofInputStream(() -> {
        try {
          return new java.io.FilterInputStream(Files.newInputStream(file)) {
            private long sent;

            @Override
            public int read(byte[] buffer, int offset, int length) throws java.io.IOException {
              if (sent >= stallAt) {
                stalled.countDown();
                try {
                  released.await();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                return -1;
              }
              int n = super.read(buffer, offset, (int) Math.min(length, stallAt - sent));
              if (n > 0) {
                sent += n;
              }
              return n;
            }
          };
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
    }

    boolean awaitStall(Duration timeout) throws InterruptedException {
      return stalled.await(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    void release() {
      released.countDown();
    }
  }

  private static String portal(String path) throws Exception {
    HttpResponse<String> page = FaultServer.page(path, "admin", System.getProperty("tierwise.it.admin.password"));
    assertEquals(200, page.statusCode(), page.body());
    return page.body();
  }

  /** The newest journal row of the kind once it is RUNNING, read from the database itself. */
  private static long awaitRunning(String kind) throws Exception {
    Instant end = Instant.now().plus(Duration.ofMinutes(2));
    while (Instant.now().isBefore(end)) {
      try (Connection connection = database.connect();
          PreparedStatement select = connection.prepareStatement(
              "SELECT id FROM job_journal WHERE kind = ? AND status = 'RUNNING' ORDER BY id DESC LIMIT 1")) {
        select.setString(1, kind);
        try (ResultSet row = select.executeQuery()) {
          if (row.next()) {
            return row.getLong(1);
          }
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no " + kind + " job became RUNNING");
  }

  private static String jobStatus(long id) throws Exception {
    return single("SELECT status FROM job_journal WHERE id = " + id);
  }

  private static String customerChecksum() throws Exception {
    return single(
        "SELECT COUNT(*) || ':' || md5(COALESCE(string_agg(external_id || '|' || name || '|' || COALESCE(business_value::text, '')"
            + " || '|' || COALESCE(cx_score::text, ''), ',' ORDER BY external_id), '')) FROM customer");
  }

  private static String assignmentChecksum() throws Exception {
    return single(
        "SELECT COUNT(*) || ':' || COUNT(DISTINCT run_id) || ':' || md5(COALESCE(string_agg(run_id || '|' || customer_id || '|'"
            + " || COALESCE(tier, '-'), ',' ORDER BY run_id, customer_id), '')) FROM tier_assignment");
  }

  private static long countCustomers() throws Exception {
    return Long.parseLong(single("SELECT COUNT(*) FROM customer"));
  }

  private static long countAssignments(long run) throws Exception {
    return Long.parseLong(single("SELECT COUNT(*) FROM tier_assignment WHERE run_id = " + run));
  }

  private static long latestRunId() throws Exception {
    return Long.parseLong(single("SELECT MAX(id) FROM tiering_run"));
  }

  private static String single(String sql) throws Exception {
    try (Connection connection = database.connect();
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(sql)) {
      row.next();
      return row.getString(1);
    }
  }
}
