package com.tierwise.reports.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.ScheduleExpression;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeliveryScheduleTest {

  private static Instant at(String text) {
    return Instant.parse(text);
  }

  @Test
  void presetsFireAtSixInTheMorningUtc() {
    assertEquals(at("2026-11-22T06:00:00Z"), DeliverySchedule.parse("daily").latestAtOrBefore(at("2026-11-22T10:00:00Z")).orElseThrow());
    assertEquals(at("2026-11-21T06:00:00Z"), DeliverySchedule.parse("DAILY").latestAtOrBefore(at("2026-11-22T05:59:59Z")).orElseThrow());
    // 2026-11-22 is a Sunday; the Monday before is the 16th.
    assertEquals(at("2026-11-16T06:00:00Z"), DeliverySchedule.parse("WEEKLY").latestAtOrBefore(at("2026-11-22T10:00:00Z")).orElseThrow());
    assertEquals(at("2026-11-01T06:00:00Z"), DeliverySchedule.parse("MONTHLY").latestAtOrBefore(at("2026-11-22T10:00:00Z")).orElseThrow());
    assertEquals(at("2026-10-01T06:00:00Z"), DeliverySchedule.parse("QUARTERLY").latestAtOrBefore(at("2026-11-22T10:00:00Z")).orElseThrow());
    assertEquals(at("2027-01-01T06:00:00Z"), DeliverySchedule.parse("QUARTERLY").nextAfter(at("2026-11-22T10:00:00Z")).orElseThrow());
  }

  @Test
  void cronLikeExpressionsWithFiveOrSixFields() {
    DeliverySchedule everyQuarterHour = DeliverySchedule.parse("*/15 * * * *");
    assertEquals(at("2026-11-22T10:15:00Z"), everyQuarterHour.latestAtOrBefore(at("2026-11-22T10:29:59Z")).orElseThrow());
    assertEquals(at("2026-11-22T10:30:00Z"), everyQuarterHour.nextAfter(at("2026-11-22T10:15:00Z")).orElseThrow());
    DeliverySchedule seconds = DeliverySchedule.parse("0/20 * * * * *");
    assertEquals(at("2026-11-22T10:00:40Z"), seconds.latestAtOrBefore(at("2026-11-22T10:00:59.900Z")).orElseThrow());
    DeliverySchedule weekdays = DeliverySchedule.parse("30 8 * * MON-FRI");
    assertEquals(at("2026-11-20T08:30:00Z"), weekdays.latestAtOrBefore(at("2026-11-22T10:00:00Z")).orElseThrow());
    // Both day fields restricted: either matches (the 1st, or any Sunday).
    DeliverySchedule either = DeliverySchedule.parse("0 7 1 * 0");
    assertEquals(at("2026-11-22T07:00:00Z"), either.latestAtOrBefore(at("2026-11-22T10:00:00Z")).orElseThrow());
    assertEquals(at("2026-11-29T07:00:00Z"), either.nextAfter(at("2026-11-22T10:00:00Z")).orElseThrow());
  }

  @Test
  void timerExpressionSpellsTheFieldsOut() {
    ScheduleExpression expression = DeliverySchedule.parse("*/20 8-9 * JAN,JUL SUN").toExpression();
    assertEquals("0", expression.getSecond());
    assertEquals("0,20,40", expression.getMinute());
    assertEquals("8,9", expression.getHour());
    assertEquals("*", expression.getDayOfMonth());
    assertEquals("1,7", expression.getMonth());
    assertEquals("0", expression.getDayOfWeek());
    assertEquals("UTC", expression.getTimezone());
  }

  @Test
  void badSchedulesSayWhatIsWrong() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> DeliverySchedule.parse("HOURLY")).getMessage().contains("fields"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> DeliverySchedule.parse("61 * * * *")).getMessage().contains("minute"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> DeliverySchedule.parse("0 6 * FOO *")).getMessage().contains("month"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> DeliverySchedule.parse("* * * * * *")).getMessage().contains("times a minute"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> DeliverySchedule.parse("0 6 30 2 *")).getMessage().contains("never"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> DeliverySchedule.parse(" ")).getMessage().contains("required"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> DeliverySchedule.parse("0 9-5 * * *")).getMessage().contains("backwards"));
  }
}
