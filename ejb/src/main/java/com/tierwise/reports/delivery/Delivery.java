package com.tierwise.reports.delivery;

import java.io.Serializable;
import java.time.Instant;

/**
 * One delivery of a subscription: a scheduled slot or a "send now", with its attempts.
 *
 * @param trigger SCHEDULE or MANUAL
 * @param fileName the archived report's file name, null until it is rendered
 */
public record Delivery(
    long id,
    long subscriptionId,
    Instant scheduledFor,
    String trigger,
    DeliveryStatus status,
    int attempts,
    String lastError,
    Instant nextAttemptAt,
    String requestedBy,
    Instant createdAt,
    Instant sentAt,
    String fileName,
    Long sizeBytes) implements Serializable {

  public static final String SCHEDULE = "SCHEDULE";
  public static final String MANUAL = "MANUAL";
}
