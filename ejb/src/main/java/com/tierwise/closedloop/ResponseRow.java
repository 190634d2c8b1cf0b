package com.tierwise.closedloop;

import java.time.Instant;

/** A stored survey response as the response list shows it. */
public record ResponseRow(
    long id, String externalId, String customerName, Touchpoint touchpoint, int score, String comment,
    Instant respondedAt) {

  public Nps.Category category() {
    return Nps.Category.of(score);
  }
}
