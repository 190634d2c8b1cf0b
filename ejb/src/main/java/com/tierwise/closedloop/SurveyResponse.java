package com.tierwise.closedloop;

import com.tierwise.charter.Attribution;
import com.tierwise.charter.LifecycleStage;
import java.time.Instant;

/**
 * A validated survey response, ready to store.
 *
 * @param stage as sent, or the touchpoint's default stage
 * @param attribution null unless the sender attributed it
 */
public record SurveyResponse(
    CustomerContext customer, Touchpoint touchpoint, int score, String comment, Instant respondedAt,
    LifecycleStage stage, Attribution attribution) {

  public SurveyResponse(CustomerContext customer, Touchpoint touchpoint, int score, String comment, Instant respondedAt) {
    this(customer, touchpoint, score, comment, respondedAt, touchpoint.defaultStage(), null);
  }

  public Nps.Category category() {
    return Nps.Category.of(score);
  }
}
