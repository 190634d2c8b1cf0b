package com.tierwise.tiering;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * The two percentile cuts of one axis: LOW below {@code low}, MID from {@code low} to below
 * {@code high}, HIGH from {@code high}.
 */
public record Cuts(BigDecimal low, BigDecimal high) implements Serializable {

  /** Canonical scale, so 50, 50.0 and 50.0000 (as NUMERIC reads back) are one cut. */
  public Cuts {
    low = canonical(low);
    high = canonical(high);
  }

  static BigDecimal canonical(BigDecimal value) {
    if (value == null) {
      return null;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  public static final Cuts DEFAULT = new Cuts(BigDecimal.valueOf(50), BigDecimal.valueOf(95));

  public static Cuts of(double low, double high) {
    return new Cuts(BigDecimal.valueOf(low), BigDecimal.valueOf(high));
  }

  /** Problems with these cuts, named for the axis, or an empty list. */
  List<String> problems(String axisName) {
    if (low == null || high == null) {
      return List.of(axisName + " cuts need exactly two numbers, such as [50, 95]");
    }
    if (low.signum() < 0 || high.compareTo(BigDecimal.valueOf(100)) > 0) {
      return List.of(axisName + " cuts must lie between 0 and 100");
    }
    if (low.compareTo(high) >= 0) {
      return List.of(axisName + " cuts must increase: the first cut must be below the second");
    }
    if (low.stripTrailingZeros().scale() > 4 || high.stripTrailingZeros().scale() > 4) {
      return List.of(axisName + " cuts may have at most 4 decimal places");
    }
    return List.of();
  }

  /**
   * The band of a customer with {@code lower} customers strictly below it among {@code known}
   * with a value. Compares {@code 100 * lower / (known - 1)} with the cuts exactly, without
   * floating point, so 19 of 21 lands on the 95th percentile and not just below it.
   */
  public Band bandOf(long lower, long known) {
    if (known < 1 || lower < 0 || lower >= known) {
      throw new IllegalArgumentException("lower=" + lower + " known=" + known);
    }
    BigDecimal scaledRank = BigDecimal.valueOf(known == 1 ? 0 : lower * 100);
    BigDecimal denominator = BigDecimal.valueOf(known == 1 ? 1 : known - 1);
    if (scaledRank.compareTo(high.multiply(denominator)) >= 0) {
      return Band.HIGH;
    }
    return scaledRank.compareTo(low.multiply(denominator)) >= 0 ? Band.MID : Band.LOW;
  }

  /** The share of customers this band is meant to hold, such as 0.05 for HIGH with [50, 95]. */
  public double intendedShare(Band band) {
    return switch (band) {
      case LOW -> low.doubleValue() / 100;
      case MID -> high.subtract(low).doubleValue() / 100;
      case HIGH -> (100 - high.doubleValue()) / 100;
    };
  }

  /** The cut a customer must reach to enter {@code band}, or null for LOW. */
  public BigDecimal entryCut(Band band) {
    return switch (band) {
      case LOW -> null;
      case MID -> low;
      case HIGH -> high;
    };
  }
}
