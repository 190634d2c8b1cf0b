package com.tierwise.reports;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;

/** The time a report covers: from (inclusive) to (exclusive). */
public record ReportPeriod(Instant from, Instant to) {

  public static final Duration DEFAULT_LENGTH = Duration.ofDays(30);

  public ReportPeriod {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (!from.isBefore(to)) {
      throw new IllegalArgumentException("A report period must start before it ends");
    }
  }

  /** The 30 days up to now, when a reader names no period. */
  public static ReportPeriod endingAt(Instant to) {
    return new ReportPeriod(to.minus(DEFAULT_LENGTH), to);
  }

  /** The months before {@code to} (calendar months in UTC, so a quarter is three of them). */
  public static ReportPeriod monthsBefore(Instant to, int months) {
    return new ReportPeriod(to.atZone(ZoneOffset.UTC).minusMonths(months).toInstant(), to);
  }

  /** The period of the same length just before this one, for trends. */
  public ReportPeriod previous() {
    return new ReportPeriod(from.minus(Duration.between(from, to)), from);
  }
}
