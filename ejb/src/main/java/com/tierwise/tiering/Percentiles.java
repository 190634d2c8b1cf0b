package com.tierwise.tiering;

/** The percentile definition of ACCEPTANCE.md, the same one SQL's PERCENT_RANK computes. */
public final class Percentiles {

  private Percentiles() {}

  /** {@code 100 * lower / (known - 1)}, and 0 when only one customer has a value. */
  public static double percentile(long lower, long known) {
    if (known < 1 || lower < 0 || lower >= known) {
      throw new IllegalArgumentException("lower=" + lower + " known=" + known);
    }
    return known == 1 ? 0 : 100.0 * lower / (known - 1);
  }
}
