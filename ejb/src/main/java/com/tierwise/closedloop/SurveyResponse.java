package com.tierwise.closedloop;

import java.time.Instant;

/** A validated survey response, ready to store. */
public record SurveyResponse(
    CustomerContext customer, Touchpoint touchpoint, int score, String comment, Instant respondedAt) {

  public Nps.Category category() {
    return Nps.Category.of(score);
  }
}
