package com.tierwise.platform.mail;

import java.time.Instant;
import java.util.List;

/** One message of the outbox, as the administration page and the API show it. */
public record OutboxMessage(
    long id, String purpose, List<String> recipients, String subject, String body, OutboxStatus status, int attempts,
    Instant nextAttemptAt, String lastError, Instant createdAt, Instant sentAt) {

  public OutgoingMail mail() {
    return OutgoingMail.text(recipients, subject, body);
  }
}
