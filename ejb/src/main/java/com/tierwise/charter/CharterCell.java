package com.tierwise.charter;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Comparator;

/** One cell of the charter: the experience a segment should get at a stage, its owner and target. */
public record CharterCell(
    LifecycleStage stage,
    Segment segment,
    String desiredExperience,
    ExperienceOwner owner,
    TargetMetric metric,
    BigDecimal target) implements Serializable {

  /** Stage order first (the customer's way through), then segment order: the matrix reading order. */
  public static final Comparator<CharterCell> MATRIX_ORDER =
      Comparator.comparing(CharterCell::stage).thenComparing(CharterCell::segment);

  public Key key() {
    return new Key(stage, segment);
  }

  /** Same content, whatever the scale the target was written with (50 and 50.00 are the same). */
  public boolean sameAs(CharterCell other) {
    return key().equals(other.key())
        && desiredExperience.equals(other.desiredExperience)
        && owner == other.owner
        && metric == other.metric
        && target.compareTo(other.target) == 0;
  }

  /** A cell's place in the matrix. */
  public record Key(LifecycleStage stage, Segment segment) {}
}
