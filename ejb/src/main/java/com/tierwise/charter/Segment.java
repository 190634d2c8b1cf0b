package com.tierwise.charter;

import java.util.Locale;
import java.util.Optional;

/**
 * The customer segments of the charter's columns: high-impact customers first (they get their
 * own experience whatever their tier, DOMAIN.md section 2), then the tiers A, B and C. A customer
 * is in HIC when it was a high-impact customer when it answered, else in its tier then; untiered
 * customers are in no column (they count in the stage totals only).
 */
public enum Segment {
  HIC,
  A,
  B,
  C;

  public static Optional<Segment> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String name = text.trim().toUpperCase(Locale.ROOT);
    for (Segment segment : values()) {
      if (segment.name().equals(name)) {
        return Optional.of(segment);
      }
    }
    return Optional.empty();
  }

  /** The segment of a customer that is a HIC or not, in a tier or none (null). */
  public static Segment of(boolean hic, String tier) {
    if (hic) {
      return HIC;
    }
    return tier == null ? null : parse(tier).orElse(null);
  }
}
