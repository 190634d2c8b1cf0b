package com.tierwise.closedloop;

import com.tierwise.charter.LifecycleStage;
import java.io.Serializable;
import java.time.Instant;

/** A stored survey response as the response list shows it; stage is null only for old rows without one. */
public record ResponseRow(
    long id, String externalId, String customerName, Touchpoint touchpoint, LifecycleStage stage, int score,
    String comment, Instant respondedAt) implements Serializable {

  public Nps.Category category() {
    return Nps.Category.of(score);
  }
}
