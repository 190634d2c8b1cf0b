package com.tierwise.it.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.tierwise.it.support.Api;
import jakarta.json.JsonObject;
import java.io.BufferedWriter;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * What the application depends on fails while it runs: PostgreSQL restarts, the database turns
 * read-only, its disk fills up, the SMTP server is down when a report falls due. Requests fail
 * with a clear answer, nothing is half-written, and everything recovers without a server restart.
 * Its own WildFly on a private PostgreSQL cluster (so the shared one is never restarted).
 */
@EnabledIfSystemProperty(named = "tierwise.it.server", matches = "wildfly")
class DependencyFaultsIT {

  private static final Path OUTPUT = Path.of(System.getProperty("tierwise.it.output", "target"));
  private static final int SMTP_PORT = Integer.getInteger("tierwise.it.smtp.port", 3025);
  private static final List<String> LEAKS =
      List.of("SQLException", "PSQL", "ERROR:", "at org.", "at com.", "at java.", "INSERT ", "SELECT ", "postgres");

  private static PrivatePostgres database;
  private static FaultServer server;
  private static Api admin;

  @BeforeAll
  static void start() throws Exception {
    database = PrivatePostgres.create(OUTPUT.resolve("fault-pg-deps"));
    server = FaultServer.prepare(OUTPUT.resolve("fault-server-deps"), PrivatePostgres.URL);
    server.start();
    admin = server.admin();
    Api.Response imported = admin.post("customers/import", "text/csv", csv("BASE", 40));
    assertEquals(200, imported.status(), imported.toString());
    assertEquals(201, admin.postJson("tiering/runs", "").status());
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
  void aDatabaseRestartFailsRequestsCleanlyAndRecoversWithoutAServerRestart() throws Exception {
    assertEquals(200, admin.post("customers/import", "text/csv", csv("PGR", 5)).status());
    String before = checksum();
    assertEquals(200, admin.get("customers/PGR-1").status());
    // Someone who has not signed in yet: checking their password needs the database.
    String analyst = "analyst" + System.nanoTime();
    assertEquals(201, admin.postJson("users",
        "{\"username\":\"" + analyst + "\",\"password\":\"pw-fault-analyst-2026!\",\"roles\":[\"CX_ANALYST\"]}").status());

    database.stop();
    try {
      Api.Response read = admin.get("customers/PGR-1");
      assertDatabaseError(read, "DATABASE_UNAVAILABLE", "not available");
      assertEquals("30", read.header("Retry-After"));
      assertDatabaseError(admin.post("customers/import", "text/csv", csv("DOWN", 3)), "DATABASE_UNAVAILABLE", "not available");
      assertDatabaseError(
          Api.as(analyst, "pw-fault-analyst-2026!").atPortOffset(FaultServer.PORT_OFFSET).get("customers/PGR-1"),
          "DATABASE_UNAVAILABLE", "not available");

      HttpResponse<String> health = FaultServer.health();
      assertEquals(503, health.statusCode(), health.body());
      assertTrue(health.body().contains("DOWN"), health.body());

      HttpResponse<String> page = FaultServer.page("app/customers.xhtml", "admin", System.getProperty("tierwise.it.admin.password"));
      assertTrue(page.statusCode() == 500 || page.statusCode() == 503, "the portal answers an error: " + page.statusCode());
      assertTrue(page.body().contains("Tierwise cannot complete this page right now"), page.body());
      assertNoLeak(page.body());
    } finally {
      database.start();
    }

    // The same server, not restarted: the pool validates connections and replaces the dead ones.
    Api.Response back = eventually(Duration.ofSeconds(60), () -> {
      Api.Response answer = admin.get("customers/PGR-1");
      return answer.status() == 200 ? answer : null;
    });
    assertNotNull(back, "the API answers again after the database is back");
    assertEquals(200, FaultServer.health().statusCode(), "ready again");
    assertEquals(200, FaultServer.page("app/customers.xhtml", "admin", System.getProperty("tierwise.it.admin.password")).statusCode());
    assertEquals(before, checksum(), "no committed data lost, nothing written by the refused import");
    assertEquals(200, admin.post("customers/import", "text/csv", csv("AFTER", 3)).status(), "and it writes again");
  }

  @Test
  void aReadOnlyDatabaseRefusesWritesWithAClearErrorAndNothingHalfWritten() throws Exception {
    String before = checksum();
    JsonObject customer = admin.get("customers/BASE-2").json();
    String otherTier = "C".equals(customer.isNull("tier") ? null : customer.getString("tier")) ? "B" : "C";
    database.execute("ALTER DATABASE " + PrivatePostgres.DATABASE + " SET default_transaction_read_only = on");
    database.disconnectOthers();
    try {
      assertDatabaseError(admin.post("customers/import", "text/csv", csv("RO", 3)), "DATABASE_READ_ONLY", "refused to write");
      assertDatabaseError(
          admin.postJson("surveys/responses",
              "[{\"externalId\":\"BASE-1\",\"touchpoint\":\"WEBSITE_VISIT\",\"score\":3,\"comment\":\"slow\",\"respondedAt\":\"2026-11-01T10:00:00Z\"}]"),
          "DATABASE_READ_ONLY", "refused to write");
      assertDatabaseError(
          admin.postJson("overrides",
              "{\"externalId\":\"BASE-2\",\"tier\":\"" + otherTier + "\",\"reason\":\"OTHER\",\"justification\":\"fault test\"}"),
          "DATABASE_READ_ONLY", "refused to write");
      assertEquals(503, admin.postJson("tiering/runs", "").status());
      assertEquals(200, admin.get("customers/BASE-1").status(), "reading still works");
    } finally {
      // This session is read-only by default too now; it may switch itself back.
      database.execute(
          "SET default_transaction_read_only = off",
          "ALTER DATABASE " + PrivatePostgres.DATABASE + " RESET default_transaction_read_only");
      database.disconnectOthers();
    }
    assertEquals(before, checksum(), "nothing half-written");
    Api.Response again = eventually(Duration.ofSeconds(30), () -> {
      Api.Response answer = admin.post("customers/import", "text/csv", csv("RW", 3));
      return answer.status() == 200 ? answer : null;
    });
    assertNotNull(again, "writes work again once the database allows them");
  }

  /**
   * A real full disk: the database's temporary tablespace (where an import stages its rows) on a
   * 4 MB tmpfs. Needs mount (root, as the test containers here run); skipped where it cannot mount.
   */
  @Test
  void aFullDiskRefusesTheImportWithAClearErrorAndNothingHalfWritten() throws Exception {
    Path tiny = OUTPUT.resolve("fault-tiny-disk");
    Files.createDirectories(tiny);
    boolean mounted = tryRun(List.of("mount", "-t", "tmpfs", "-o", "size=4m,mode=0700", "tmpfs", tiny.toString()));
    assumeTrue(mounted, "cannot mount a small file system here (not root?)");
    try {
      PrivatePostgres.run(List.of("chown", "postgres", tiny.toString()));
      database.execute("CREATE TABLESPACE fault_tiny LOCATION '" + tiny + "'");
      database.execute("ALTER DATABASE " + PrivatePostgres.DATABASE + " SET temp_tablespaces = 'fault_tiny'");
      database.disconnectOthers();
      String before = checksum();
      Path big = OUTPUT.resolve("disk-full-customers.csv");
      try (BufferedWriter out = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
        out.write("external_id,name,business_value,cx_score\n");
        for (int i = 0; i < 200_000; i++) {
          out.write(String.format(Locale.ROOT, "FULL-%d,Customer filling the disk %d,%d.5,%d%n", i, i, i, i % 11));
        }
      }
      Api.Response refused = admin.postBytes("customers/import", "text/csv", Files.readAllBytes(big));
      assertDatabaseError(refused, "DATABASE_DISK_FULL", "disk is full");
      assertEquals(before, checksum(), "nothing half-written");
      JsonObject job = admin.get("jobs?kind=IMPORT&limit=1").array().getJsonObject(0);
      assertEquals("FAILED", job.getString("status"));
      assertTrue(job.getString("outcome").contains("disk is full"), job.toString());
    } finally {
      database.execute("ALTER DATABASE " + PrivatePostgres.DATABASE + " RESET temp_tablespaces");
      database.disconnectOthers();
      try {
        database.execute("DROP TABLESPACE IF EXISTS fault_tiny");
      } finally {
        tryRun(List.of("umount", tiny.toString()));
      }
    }
    Api.Response again = eventually(Duration.ofSeconds(30), () -> {
      Api.Response answer = admin.post("customers/import", "text/csv", csv("SPACE", 3));
      return answer.status() == 200 ? answer : null;
    });
    assertNotNull(again, "imports work again once there is space");
  }

  /**
   * A scheduled report falls due while the SMTP server is down: the delivery is archived, shows
   * RETRYING with the reason in the API and the portal, and once mail is back the next retry
   * delivers it exactly once (first retry after 5 s here, then 20 s, 80 s).
   */
  @Test
  void aReportDueWhileMailIsDownIsRetriedArchivedAndDeliveredOnceMailIsBack() throws Exception {
    ZonedDateTime slot = ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(20).truncatedTo(ChronoUnit.SECONDS);
    String schedule = slot.getSecond() + " " + slot.getMinute() + " " + slot.getHour() + " " + slot.getDayOfMonth() + " "
        + slot.getMonthValue() + " *";
    Api.Response created = admin.postJson("reports/subscriptions",
        "{\"report\":\"executive-tier\",\"format\":\"pdf\",\"locale\":\"en\",\"recipients\":[\"board@it.example\"],"
            + "\"schedule\":\"" + schedule + "\"}");
    assertEquals(201, created.status(), created.toString());
    long subscription = created.json().getJsonNumber("id").longValue();

    JsonObject failed = eventually(Duration.ofSeconds(90), () -> {
      var list = admin.get("reports/subscriptions/" + subscription + "/deliveries").array();
      return list.isEmpty() || !"RETRYING".equals(list.getJsonObject(0).getString("status")) ? null : list.getJsonObject(0);
    });
    assertNotNull(failed, "the due delivery failed and waits for a retry");
    assertEquals("SCHEDULE", failed.getString("trigger"));
    assertFalse(failed.getString("lastError").isBlank(), "the reason is shown: " + failed);
    long delivery = failed.getJsonNumber("id").longValue();
    HttpResponse<byte[]> archived = admin.getBytes("reports/deliveries/" + delivery + "/report");
    assertEquals(200, archived.statusCode());
    assertTrue(new String(archived.body(), 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF"), "archived before mailing");
    String page = FaultServer.page("app/reports.xhtml", "admin", System.getProperty("tierwise.it.admin.password")).body();
    assertTrue(page.contains("Failed, will retry"), "the portal shows the delivery waiting for a retry");

    GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    try {
      assertTrue(smtp.waitForIncomingEmail(150_000, 1), "a retry delivered the report once mail was back");
      JsonObject sent = eventually(Duration.ofSeconds(30), () -> {
        JsonObject d = admin.get("reports/deliveries/" + delivery).json();
        return "SENT".equals(d.getString("status")) ? d : null;
      });
      assertNotNull(sent, "the delivery is SENT");
      assertTrue(sent.getInt("attempts") >= 2, sent.toString());
      Thread.sleep(35_000); // another sweep: still one mail
      assertEquals(1, smtp.getReceivedMessages().length, "delivered exactly once");
      assertEquals(1, admin.get("reports/subscriptions/" + subscription + "/deliveries").array().size());
    } finally {
      smtp.stop();
      admin.delete("reports/subscriptions/" + subscription);
    }
  }

  // --- helpers -------------------------------------------------------------------------------

  private static void assertDatabaseError(Api.Response answer, String cause, String words) {
    assertEquals(503, answer.status(), answer.toString());
    assertTrue(answer.header("Content-Type").startsWith("application/json"), answer.toString());
    JsonObject body = answer.json();
    assertEquals(cause, body.getString("cause"), answer.toString());
    assertTrue(body.getString("message").toLowerCase(Locale.ROOT).contains(words), answer.toString());
    assertNotNull(answer.header("Retry-After"), "Retry-After tells clients when to try again");
    assertNoLeak(answer.body());
  }

  private static void assertNoLeak(String body) {
    for (String leak : LEAKS) {
      assertFalse(body.contains(leak), "no internals (" + leak + ") in: " + body);
    }
  }

  private static String csv(String prefix, int rows) {
    StringBuilder csv = new StringBuilder("external_id,name,business_value,cx_score\n");
    for (int i = 1; i <= rows; i++) {
      csv.append(prefix).append('-').append(i).append(",Customer ").append(prefix).append(' ').append(i)
          .append(',').append(i * 1000).append(',').append(i % 11).append('\n');
    }
    return csv.toString();
  }

  /** Customers, responses, overrides and runs, as one string to compare. */
  private static String checksum() throws Exception {
    try (Connection connection = database.connect();
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(
            "SELECT (SELECT COUNT(*) || ':' || md5(COALESCE(string_agg(external_id || '|' || name || '|'"
                + " || COALESCE(business_value::text, '') || '|' || COALESCE(cx_score::text, ''), ',' ORDER BY external_id), ''))"
                + " FROM customer) || '/' || (SELECT COUNT(*) FROM survey_response) || '/' || (SELECT COUNT(*) FROM cx_task)"
                + " || '/' || (SELECT COUNT(*) FROM tier_override) || '/' || (SELECT COUNT(*) FROM tiering_run)"
                + " || '/' || (SELECT COUNT(*) FROM tier_assignment)")) {
      row.next();
      return row.getString(1);
    }
  }

  private static boolean tryRun(List<String> command) {
    try {
      PrivatePostgres.run(command);
      return true;
    } catch (Exception e) {
      return false;
    }
  }

  private static <T> T eventually(Duration timeout, Supplier<T> probe) throws InterruptedException {
    Instant end = Instant.now().plus(timeout);
    while (Instant.now().isBefore(end)) {
      try {
        T value = probe.get();
        if (value != null) {
          return value;
        }
      } catch (RuntimeException notYet) {
        // the server is between states
      }
      Thread.sleep(1000);
    }
    return null;
  }
}
