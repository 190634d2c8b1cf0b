package com.tierwise.reports.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tierwise.platform.H2Database;
import com.tierwise.platform.mail.Backoff;
import com.tierwise.reports.RenderedReport;
import com.tierwise.reports.ReportName;
import com.tierwise.reports.rendering.ReportFormat;
import com.tierwise.reports.subscription.DeliverySchedule;
import com.tierwise.reports.subscription.SubscriptionRepository;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The once-only rules of deliveries, on H2 with auto-commit as the worker uses them. */
class DeliveryRepositoryH2Test {

  private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
  private static final Instant SLOT = Instant.parse("2026-11-22T06:00:00Z");

  private Connection connection;
  private DeliveryRepository deliveries;
  private long subscription;

  @BeforeEach
  void database() throws Exception {
    connection = H2Database.migrated();
    connection.setAutoCommit(true);
    deliveries = new DeliveryRepository(connection);
    subscription =
        new SubscriptionRepository(connection)
            .insert(ReportName.CX, ReportFormat.PDF, "fa", List.of("ceo@example.com"), DeliverySchedule.parse("DAILY"),
                true, "tester", NOW.minus(Duration.ofDays(3)));
  }

  @AfterEach
  void close() throws Exception {
    connection.close();
  }

  @Test
  void aSlotIsClaimedOnceOnly() throws Exception {
    Optional<Long> first = deliveries.claim(subscription, SLOT, Delivery.SCHEDULE, "scheduler", NOW);
    assertTrue(first.isPresent());
    assertTrue(deliveries.claim(subscription, SLOT, Delivery.SCHEDULE, "scheduler", NOW).isEmpty());
    assertTrue(deliveries.slotClaimed(subscription, SLOT));
    assertTrue(deliveries.claim(subscription, SLOT.plusSeconds(86_400), Delivery.SCHEDULE, "scheduler", NOW).isPresent());
  }

  @Test
  void oneAttemptAtATimeAndRetriesWhenDue() throws Exception {
    long id = deliveries.claim(subscription, SLOT, Delivery.SCHEDULE, "scheduler", NOW).orElseThrow();
    assertTrue(deliveries.startAttempt(id, NOW));
    assertFalse(deliveries.startAttempt(id, NOW), "a second node must not start the same attempt");
    deliveries.markFailed(id, "MailConnectException: refused", NOW.plusSeconds(60), NOW);
    Delivery failed = deliveries.find(id).orElseThrow();
    assertEquals(DeliveryStatus.RETRYING, failed.status());
    assertEquals(1, failed.attempts());
    assertEquals("MailConnectException: refused", failed.lastError());
    assertEquals(List.of(), deliveries.due(NOW.plusSeconds(59), NOW.minusSeconds(600)));
    assertEquals(List.of(id), deliveries.due(NOW.plusSeconds(60), NOW.minusSeconds(600)));
    assertTrue(deliveries.startAttempt(id, NOW.plusSeconds(60)));
    deliveries.markSent(id, NOW.plusSeconds(61));
    assertEquals(DeliveryStatus.SENT, deliveries.find(id).orElseThrow().status());
    assertEquals(2, deliveries.find(id).orElseThrow().attempts());
  }

  @Test
  void theArchiveKeepsTheFileAndTheFingerprint() throws Exception {
    long id = deliveries.claim(subscription, SLOT, Delivery.MANUAL, "ceo", NOW).orElseThrow();
    byte[] pdf = "%PDF-1.7 test".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    deliveries.archive(id, new RenderedReport("cx-2026-11-22.pdf", "application/pdf", pdf, "abc", "CX"));
    deliveries.markSent(id, NOW);
    ArchivedReport archived = deliveries.archived(id).orElseThrow();
    assertEquals("cx-2026-11-22.pdf", archived.fileName());
    assertEquals(new String(pdf, java.nio.charset.StandardCharsets.US_ASCII), new String(archived.content(), java.nio.charset.StandardCharsets.US_ASCII));
    assertEquals(Optional.of("abc"), deliveries.lastSentFingerprint(subscription));
    assertEquals(Long.valueOf(pdf.length), deliveries.find(id).orElseThrow().sizeBytes());
  }

  @Test
  void abandonedAttemptsGoBackInLine() throws Exception {
    long id = deliveries.claim(subscription, SLOT, Delivery.SCHEDULE, "scheduler", NOW).orElseThrow();
    assertTrue(deliveries.startAttempt(id, NOW));
    Instant later = NOW.plus(Duration.ofMinutes(11));
    assertEquals(List.of(id), deliveries.due(later, later.minus(Duration.ofMinutes(10))));
    assertTrue(deliveries.requeueAbandoned(id, later.minus(Duration.ofMinutes(10)), later));
    assertEquals(DeliveryStatus.RETRYING, deliveries.find(id).orElseThrow().status());
  }

  @Test
  void backoffGrowsFourfoldThenGivesUp() {
    Backoff backoff = new Backoff(Duration.ofMinutes(1));
    assertEquals(Optional.of(Duration.ofMinutes(1)), backoff.after(1));
    assertEquals(Optional.of(Duration.ofMinutes(4)), backoff.after(2));
    assertEquals(Optional.of(Duration.ofMinutes(64)), backoff.after(4));
    assertEquals(Optional.empty(), backoff.after(Backoff.MAX_ATTEMPTS));
  }
}
