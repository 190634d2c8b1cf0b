package com.tierwise.reports.subscription;

import com.tierwise.reports.ReportPeriod;
import jakarta.ejb.ScheduleExpression;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * When a subscription is delivered, in UTC: DAILY (06:00), WEEKLY (Monday 06:00), MONTHLY (the
 * 1st, 06:00), QUARTERLY (1 January, April, July, October, 06:00), or a cron-like expression of
 * five fields ({@code minute hour day-of-month month day-of-week}) or six (seconds first). A field
 * is {@code *}, a number, a range {@code 1-5}, a list {@code 1,15}, or a step {@code *}{@code /15}
 * or {@code 10-50/10}; months and days of the week may be named (JAN, MON); day of week 0 or 7 is
 * Sunday. When both day fields are restricted, a day matching either one fires (as in cron and
 * EJB calendar timers).
 *
 * <p>The same parsed fields give the EJB timer's {@link ScheduleExpression} and the slot a firing
 * belongs to ({@link #latestAtOrBefore}), so a late or repeated firing maps to the same slot.
 */
public final class DeliverySchedule implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Fastest allowed: six firings a minute, so a mistaken "* * * * * *" cannot flood inboxes. */
  static final int MAX_FIRINGS_PER_MINUTE = 6;

  private static final int SEARCH_DAYS = 5 * 366;
  private static final List<String> MONTHS =
      List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC");
  private static final List<String> DAYS = List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");

  public enum Preset {
    DAILY("0 0 6 * * *", 0),
    WEEKLY("0 0 6 * * MON", 0),
    MONTHLY("0 0 6 1 * *", 1),
    QUARTERLY("0 0 6 1 JAN,APR,JUL,OCT *", 3);

    private final String expression;
    private final int months;

    Preset(String expression, int months) {
      this.expression = expression;
      this.months = months;
    }
  }

  private final String text;
  private final Preset preset;
  private final BitSet seconds;
  private final BitSet minutes;
  private final BitSet hours;
  private final BitSet daysOfMonth;
  private final BitSet months;
  private final BitSet daysOfWeek;
  private final boolean dayOfMonthRestricted;
  private final boolean dayOfWeekRestricted;

  private DeliverySchedule(String text, Preset preset, String[] fields) {
    this.text = text;
    this.preset = preset;
    this.seconds = Field.SECOND.parse(fields[0]);
    this.minutes = Field.MINUTE.parse(fields[1]);
    this.hours = Field.HOUR.parse(fields[2]);
    this.daysOfMonth = Field.DAY_OF_MONTH.parse(fields[3]);
    this.months = Field.MONTH.parse(fields[4]);
    BitSet week = Field.DAY_OF_WEEK.parse(fields[5]);
    if (week.get(7)) {
      week.set(0);
      week.clear(7);
    }
    this.daysOfWeek = week;
    this.dayOfMonthRestricted = !isAny(fields[3]);
    this.dayOfWeekRestricted = !isAny(fields[5]);
  }

  /**
   * Parses a preset name (any case) or a cron-like expression.
   *
   * @throws IllegalArgumentException with a message that says what is wrong
   */
  public static DeliverySchedule parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException(
          "schedule is required: DAILY, WEEKLY, MONTHLY, QUARTERLY or a cron-like expression such as \"0 6 * * MON\"");
    }
    String trimmed = text.trim();
    for (Preset preset : Preset.values()) {
      if (preset.name().equals(trimmed.toUpperCase(Locale.ROOT))) {
        return new DeliverySchedule(preset.name(), preset, preset.expression.split(" "));
      }
    }
    String[] parts = trimmed.split("\\s+");
    String[] fields;
    if (parts.length == 5) {
      fields = new String[] {"0", parts[0], parts[1], parts[2], parts[3], parts[4]};
    } else if (parts.length == 6) {
      fields = parts;
    } else {
      throw new IllegalArgumentException(
          "schedule \"" + trimmed + "\" has " + parts.length + " fields; a cron-like schedule has 5"
              + " (minute hour day-of-month month day-of-week) or 6 (second first), or use DAILY, WEEKLY, MONTHLY, QUARTERLY");
    }
    DeliverySchedule schedule = new DeliverySchedule(String.join(" ", parts), null, fields);
    if (schedule.seconds.cardinality() > MAX_FIRINGS_PER_MINUTE) {
      throw new IllegalArgumentException(
          "schedule \"" + trimmed + "\" fires " + schedule.seconds.cardinality() + " times a minute; at most "
              + MAX_FIRINGS_PER_MINUTE + " are allowed");
    }
    if (schedule.nextAfter(Instant.now()).isEmpty()) {
      throw new IllegalArgumentException("schedule \"" + trimmed + "\" never fires (no such date in the next five years)");
    }
    return schedule;
  }

  /** The text as stored: a preset name or the normalised expression. */
  public String text() {
    return text;
  }

  /** The EJB calendar expression (UTC) with every field spelled out as values or a wildcard. */
  public ScheduleExpression toExpression() {
    return new ScheduleExpression()
        .second(values(seconds, 0, 59))
        .minute(values(minutes, 0, 59))
        .hour(values(hours, 0, 23))
        .dayOfMonth(dayOfMonthRestricted ? values(daysOfMonth, 1, 31) : "*")
        .month(values(months, 1, 12))
        .dayOfWeek(dayOfWeekRestricted ? values(daysOfWeek, 0, 6) : "*")
        .timezone("UTC");
  }

  /**
   * The report period of a delivery at this slot: the day, week, month or quarter before it for
   * the presets, the 30 days before it for cron-like schedules.
   */
  public ReportPeriod periodEndingAt(Instant slot) {
    if (preset == null) {
      return ReportPeriod.endingAt(slot);
    }
    return switch (preset) {
      case DAILY -> new ReportPeriod(slot.minus(1, ChronoUnit.DAYS), slot);
      case WEEKLY -> new ReportPeriod(slot.minus(7, ChronoUnit.DAYS), slot);
      case MONTHLY, QUARTERLY -> ReportPeriod.monthsBefore(slot, preset.months);
    };
  }

  /** The last slot at or before the instant (to the second), if any in the last five years. */
  public Optional<Instant> latestAtOrBefore(Instant instant) {
    ZonedDateTime at = instant.atZone(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    LocalDate day = at.toLocalDate();
    for (int back = 0; back < SEARCH_DAYS; back++, day = day.minusDays(1)) {
      if (!dayMatches(day)) {
        continue;
      }
      boolean today = back == 0;
      for (int h = today ? at.getHour() : 23; h >= 0; h--) {
        if (!hours.get(h)) {
          continue;
        }
        boolean thisHour = today && h == at.getHour();
        for (int m = thisHour ? at.getMinute() : 59; m >= 0; m--) {
          if (!minutes.get(m)) {
            continue;
          }
          boolean thisMinute = thisHour && m == at.getMinute();
          int s = seconds.previousSetBit(thisMinute ? at.getSecond() : 59);
          if (s >= 0) {
            return Optional.of(day.atTime(h, m, s).toInstant(ZoneOffset.UTC));
          }
        }
      }
    }
    return Optional.empty();
  }

  /** The first slot strictly after the instant, if any in the next five years. */
  public Optional<Instant> nextAfter(Instant instant) {
    ZonedDateTime at = instant.atZone(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
    LocalDate day = at.toLocalDate();
    for (int ahead = 0; ahead < SEARCH_DAYS; ahead++, day = day.plusDays(1)) {
      if (!dayMatches(day)) {
        continue;
      }
      boolean today = ahead == 0;
      for (int h = today ? at.getHour() : 0; h <= 23; h++) {
        if (!hours.get(h)) {
          continue;
        }
        boolean thisHour = today && h == at.getHour();
        for (int m = thisHour ? at.getMinute() : 0; m <= 59; m++) {
          if (!minutes.get(m)) {
            continue;
          }
          boolean thisMinute = thisHour && m == at.getMinute();
          int s = seconds.nextSetBit(thisMinute ? at.getSecond() : 0);
          if (s >= 0 && s <= 59) {
            return Optional.of(day.atTime(h, m, s).toInstant(ZoneOffset.UTC));
          }
        }
      }
    }
    return Optional.empty();
  }

  private boolean dayMatches(LocalDate day) {
    if (!months.get(day.getMonthValue())) {
      return false;
    }
    boolean byMonthDay = daysOfMonth.get(day.getDayOfMonth());
    boolean byWeekDay = daysOfWeek.get(day.getDayOfWeek().getValue() % 7);
    if (dayOfMonthRestricted && dayOfWeekRestricted) {
      return byMonthDay || byWeekDay;
    }
    return (!dayOfMonthRestricted || byMonthDay) && (!dayOfWeekRestricted || byWeekDay);
  }

  private static boolean isAny(String field) {
    return field.equals("*") || field.equals("?");
  }

  private static String values(BitSet set, int min, int max) {
    if (set.cardinality() == max - min + 1) {
      return "*";
    }
    StringBuilder list = new StringBuilder();
    for (int value = set.nextSetBit(min); value >= 0 && value <= max; value = set.nextSetBit(value + 1)) {
      list.append(list.length() == 0 ? "" : ",").append(value);
    }
    return list.toString();
  }

  @Override
  public String toString() {
    return text;
  }

  /** One field of the expression: its range and names. */
  private enum Field {
    SECOND("second", 0, 59, List.of()),
    MINUTE("minute", 0, 59, List.of()),
    HOUR("hour", 0, 23, List.of()),
    DAY_OF_MONTH("day of month", 1, 31, List.of()),
    MONTH("month", 1, 12, MONTHS),
    DAY_OF_WEEK("day of week", 0, 7, DAYS);

    private final String label;
    private final int min;
    private final int max;
    private final List<String> names;

    Field(String label, int min, int max, List<String> names) {
      this.label = label;
      this.min = min;
      this.max = max;
      this.names = names;
    }

    BitSet parse(String text) {
      BitSet set = new BitSet(max + 1);
      for (String part : text.split(",", -1)) {
        parsePart(part.trim(), set);
      }
      return set;
    }

    private void parsePart(String part, BitSet set) {
      if (part.isEmpty()) {
        throw problem("an empty list item");
      }
      String range = part;
      int step = 1;
      int slash = part.indexOf('/');
      if (slash >= 0) {
        range = part.substring(0, slash);
        step = number(part.substring(slash + 1));
        if (step < 1) {
          throw problem("a step of " + step);
        }
      }
      int from;
      int to;
      if (isAny(range)) {
        from = min;
        to = this == DAY_OF_WEEK ? 6 : max;
      } else if (range.indexOf('-') > 0) {
        from = value(range.substring(0, range.indexOf('-')));
        to = value(range.substring(range.indexOf('-') + 1));
        if (from > to) {
          throw problem("the range " + range + " that runs backwards");
        }
      } else {
        from = value(range);
        to = slash >= 0 ? max : from;
      }
      for (int value = from; value <= to; value += step) {
        set.set(value);
      }
    }

    private int value(String text) {
      int index = names.indexOf(text.toUpperCase(Locale.ROOT));
      int value = index >= 0 ? index + (this == MONTH ? 1 : 0) : number(text);
      if (value < min || value > max) {
        throw problem(text + ", outside " + min + "-" + max);
      }
      return value;
    }

    private int number(String text) {
      try {
        return Integer.parseInt(text);
      } catch (NumberFormatException e) {
        throw problem("\"" + text + "\", which is not a number" + (names.isEmpty() ? "" : " or a name such as " + names.get(1)));
      }
    }

    private IllegalArgumentException problem(String what) {
      return new IllegalArgumentException("schedule: the " + label + " field has " + what);
    }
  }
}
