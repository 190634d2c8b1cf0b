package com.tierwise.hic;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** An approved high-impact customer: since when, by which nomination, and when the board looks again. */
public record Membership(
    String externalId,
    String name,
    long nominationId,
    Instant since,
    LocalDate reviewDue,
    String reviewedBy,
    Instant reviewedAt,
    long version) implements Serializable {

  public boolean reviewDue(LocalDate today) {
    return !reviewDue.isAfter(today);
  }
}
