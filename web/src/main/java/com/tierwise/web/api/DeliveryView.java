package com.tierwise.web.api;

import com.tierwise.reports.delivery.Delivery;
import java.time.Instant;

/** The JSON shape of a report delivery: its status, attempts and archived file. */
public record DeliveryView(
    long id,
    long subscriptionId,
    Instant scheduledFor,
    String trigger,
    String status,
    int attempts,
    String lastError,
    Instant nextAttemptAt,
    String requestedBy,
    Instant createdAt,
    Instant sentAt,
    String fileName,
    Long sizeBytes,
    String archive) {

  static DeliveryView of(Delivery delivery) {
    return new DeliveryView(
        delivery.id(), delivery.subscriptionId(), delivery.scheduledFor(), delivery.trigger(),
        delivery.status().name(), delivery.attempts(), delivery.lastError(), delivery.nextAttemptAt(),
        delivery.requestedBy(), delivery.createdAt(), delivery.sentAt(), delivery.fileName(), delivery.sizeBytes(),
        delivery.fileName() == null ? null : "reports/deliveries/" + delivery.id() + "/report");
  }
}
