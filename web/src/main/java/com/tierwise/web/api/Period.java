package com.tierwise.web.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The {@code from} and {@code to} query values: ISO-8601 instants (2026-11-01T00:00:00Z) or dates
 * (2026-11-01, in UTC). {@code from} is inclusive; {@code to} is exclusive as an instant, and a
 * date includes that whole day, so {@code from=2026-11-01&to=2026-11-30} is all of November.
 */
record Period(Instant from, Instant to) {

  static Period of(String from, String to) {
    Instant start = parse("from", from, false);
    Instant end = parse("to", to, true);
    if (start != null && end != null && !start.isBefore(end)) {
      throw new InvalidRequestException("from must be before to");
    }
    return new Period(start, end);
  }

  private static Instant parse(String name, String value, boolean endOfDay) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.trim();
    try {
      if (text.length() == 10) {
        LocalDate date = LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
        return (endOfDay ? date.plusDays(1) : date).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      throw new InvalidRequestException(
          name + " must be an ISO-8601 instant such as 2026-11-01T00:00:00Z or a date such as 2026-11-01, not \""
              + value + "\"");
    }
  }
}
