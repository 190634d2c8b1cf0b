package com.tierwise.platform.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tierwise.platform.H2Database;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The outbox's once-only attempts, retries and giving up, on H2 with the real migrations. */
class OutboxRepositoryH2Test {

  private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
  private static final Instant ABANDONED_BEFORE = NOW.minus(Duration.ofMinutes(10));
  private static final OutgoingMail MAIL =
      OutgoingMail.text(List.of("board@example.com", "şule@example.com"), "Tierwise: Override 7 waits", "Decide it.");

  private Connection connection;
  private OutboxRepository outbox;

  @BeforeEach
  void database() throws Exception {
    connection = H2Database.migrated();
    connection.setAutoCommit(true);
    outbox = new OutboxRepository(connection);
  }

  @AfterEach
  void close() throws Exception {
    connection.close();
  }

  @Test
  void aQueuedMessageIsDueAndOnlyOneAttemptStarts() throws Exception {
    long id = outbox.enqueue("DECIDER_NOTICE", MAIL, NOW);
    assertEquals(List.of(id), outbox.due(NOW, ABANDONED_BEFORE, 10));
    assertTrue(outbox.startAttempt(id, NOW, ABANDONED_BEFORE));
    assertFalse(outbox.startAttempt(id, NOW, ABANDONED_BEFORE), "a second node must not send it too");
    assertEquals(List.of(), outbox.due(NOW, ABANDONED_BEFORE, 10));

    OutboxMessage sending = outbox.find(id).orElseThrow();
    assertEquals(OutboxStatus.SENDING, sending.status());
    assertEquals(1, sending.attempts());
    assertEquals(MAIL.recipients(), sending.recipients());
    assertEquals(MAIL, sending.mail());

    outbox.markSent(id, NOW.plusSeconds(1));
    OutboxMessage sent = outbox.find(id).orElseThrow();
    assertEquals(OutboxStatus.SENT, sent.status());
    assertEquals(NOW.plusSeconds(1), sent.sentAt());
  }

  @Test
  void aFailureWaitsForItsRetryThenGivesUpAndCanBeSentAgain() throws Exception {
    long id = outbox.enqueue("OVERRIDE_REMINDER", MAIL, NOW);
    outbox.startAttempt(id, NOW, ABANDONED_BEFORE);
    outbox.markFailed(id, "MailConnectException: Couldn't connect to host", Optional.of(NOW.plusSeconds(60)), NOW);

    OutboxMessage waiting = outbox.find(id).orElseThrow();
    assertEquals(OutboxStatus.PENDING, waiting.status());
    assertEquals(NOW.plusSeconds(60), waiting.nextAttemptAt());
    assertTrue(waiting.lastError().contains("Couldn't connect"));
    assertEquals(List.of(), outbox.due(NOW.plusSeconds(59), ABANDONED_BEFORE, 10), "not before its retry time");
    assertFalse(outbox.startAttempt(id, NOW.plusSeconds(59), ABANDONED_BEFORE));
    assertEquals(List.of(id), outbox.due(NOW.plusSeconds(60), ABANDONED_BEFORE, 10));

    assertFalse(outbox.sendAgain(id, NOW), "only a message that gave up is sent again by hand");
    outbox.startAttempt(id, NOW.plusSeconds(60), ABANDONED_BEFORE);
    outbox.markFailed(id, "still down", Optional.empty(), NOW.plusSeconds(61));
    assertEquals(OutboxStatus.FAILED, outbox.find(id).orElseThrow().status());
    assertEquals(1, outbox.count(Optional.of(OutboxStatus.FAILED)));
    assertEquals(List.of(), outbox.due(NOW.plusSeconds(3600), ABANDONED_BEFORE.plusSeconds(3600), 10));

    assertTrue(outbox.sendAgain(id, NOW.plusSeconds(120)));
    OutboxMessage again = outbox.find(id).orElseThrow();
    assertEquals(OutboxStatus.PENDING, again.status());
    assertEquals(0, again.attempts(), "a fresh set of attempts");
  }

  @Test
  void anAttemptWhoseNodeDiedIsTakenOver() throws Exception {
    long id = outbox.enqueue("DECIDER_NOTICE", MAIL, NOW);
    outbox.startAttempt(id, NOW, ABANDONED_BEFORE);
    Instant later = NOW.plus(Duration.ofMinutes(11));
    assertEquals(List.of(id), outbox.due(later, later.minus(Duration.ofMinutes(10)), 10));
    assertTrue(outbox.startAttempt(id, later, later.minus(Duration.ofMinutes(10))));
    assertEquals(2, outbox.find(id).orElseThrow().attempts());
  }

  @Test
  void listsNewestFirstByStatus() throws Exception {
    long first = outbox.enqueue("DECIDER_NOTICE", MAIL, NOW);
    long second = outbox.enqueue("DECIDER_NOTICE", MAIL, NOW.plusSeconds(1));
    outbox.startAttempt(first, NOW, ABANDONED_BEFORE);
    outbox.markSent(first, NOW);
    assertEquals(List.of(second, first), outbox.list(Optional.empty(), 10, 0).stream().map(OutboxMessage::id).toList());
    assertEquals(List.of(second), outbox.list(Optional.of(OutboxStatus.PENDING), 10, 0).stream().map(OutboxMessage::id).toList());
    assertEquals(List.of(first), outbox.list(Optional.empty(), 1, 1).stream().map(OutboxMessage::id).toList());
    assertEquals(2, outbox.count(Optional.empty()));
  }

  @Test
  void attachmentsAreRefused() {
    OutgoingMail withFile =
        new OutgoingMail(List.of("a@example.com"), "s", "t", List.of(new OutgoingMail.Attachment("r.pdf", "application/pdf", new byte[1])));
    assertThrows(IllegalArgumentException.class, () -> outbox.enqueue("X", withFile, NOW));
  }
}
