package com.tierwise.organisation.scorecard;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar quarter in UTC, written as the NPS trend writes it: "2026-Q4". */
public record Quarter(int year, int quarter) implements Serializable, Comparable<Quarter> {

  private static final Pattern TEXT = Pattern.compile("(\\d{4})-Q([1-4])");

  public Quarter {
    if (quarter < 1 || quarter > 4 || year < 1970 || year > 9999) {
      throw new IllegalArgumentException("no such quarter: " + year + "-Q" + quarter);
    }
  }

  public static Optional<Quarter> parse(String text) {
    Matcher match = text == null ? null : TEXT.matcher(text.strip());
    return match != null && match.matches()
        ? Optional.of(new Quarter(Integer.parseInt(match.group(1)), Integer.parseInt(match.group(2))))
        : Optional.empty();
  }

  public static Quarter of(Instant instant) {
    LocalDate day = instant.atZone(ZoneOffset.UTC).toLocalDate();
    return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
  }

  public Instant start() {
    return LocalDate.of(year, (quarter - 1) * 3 + 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
  }

  /** The first instant after the quarter. */
  public Instant end() {
    return next().start();
  }

  public Quarter previous() {
    return quarter == 1 ? new Quarter(year - 1, 4) : new Quarter(year, quarter - 1);
  }

  public Quarter next() {
    return quarter == 4 ? new Quarter(year + 1, 1) : new Quarter(year, quarter + 1);
  }

  @Override
  public int compareTo(Quarter other) {
    return year != other.year ? Integer.compare(year, other.year) : Integer.compare(quarter, other.quarter);
  }

  @Override
  public String toString() {
    return year + "-Q" + quarter;
  }
}
