package com.tierwise.closedloop;

import java.util.Locale;
import java.util.Optional;

/** The buckets of an NPS trend, in UTC: "2026-03" for a month, "2026-Q1" for a quarter. */
public enum TrendPeriod {
  MONTH,
  QUARTER;

  public String label(int year, int month) {
    return this == MONTH
        ? String.format(Locale.ROOT, "%04d-%02d", year, month)
        : String.format(Locale.ROOT, "%04d-Q%d", year, (month - 1) / 3 + 1);
  }

  public static Optional<TrendPeriod> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.of(MONTH);
    }
    try {
      return Optional.of(valueOf(text.trim().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
