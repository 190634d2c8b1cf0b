package com.tierwise.charter;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/**
 * How a charter cell is measured, from what Tierwise collects. CSAT and effort scores are not
 * collected by Tierwise, so they are not offered: a target nobody can check is a promise only.
 */
public enum TargetMetric {
  /** NPS of the cell's responses, -100..100; met when at least the target. */
  NPS(new BigDecimal("-100"), new BigDecimal("100"), true),
  /** Share of detractors among the cell's responses, in percent; met when at most the target. */
  DETRACTOR_SHARE(BigDecimal.ZERO, new BigDecimal("100"), false),
  /** Share of the cell's follow-up calls done by their due time, in percent; met when at least the target. */
  FOLLOW_UP_IN_TIME(BigDecimal.ZERO, new BigDecimal("100"), true);

  private final BigDecimal min;
  private final BigDecimal max;
  private final boolean higherIsBetter;

  TargetMetric(BigDecimal min, BigDecimal max, boolean higherIsBetter) {
    this.min = min;
    this.max = max;
    this.higherIsBetter = higherIsBetter;
  }

  public BigDecimal min() {
    return min;
  }

  public BigDecimal max() {
    return max;
  }

  public boolean higherIsBetter() {
    return higherIsBetter;
  }

  public boolean allows(BigDecimal target) {
    return target.compareTo(min) >= 0 && target.compareTo(max) <= 0;
  }

  /** Whether the measured value meets the target; null when there is nothing measured. */
  public Boolean met(Double measured, BigDecimal target) {
    if (measured == null) {
      return null;
    }
    int compared = BigDecimal.valueOf(measured).compareTo(target);
    return higherIsBetter ? compared >= 0 : compared <= 0;
  }

  public static Optional<TargetMetric> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String name = text.trim().toUpperCase(Locale.ROOT);
    for (TargetMetric metric : values()) {
      if (metric.name().equals(name)) {
        return Optional.of(metric);
      }
    }
    return Optional.empty();
  }

  public static String choices() {
    return "NPS, DETRACTOR_SHARE or FOLLOW_UP_IN_TIME";
  }
}
