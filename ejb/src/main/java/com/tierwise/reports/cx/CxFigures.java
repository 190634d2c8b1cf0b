package com.tierwise.reports.cx;

import com.tierwise.charter.AttributionReport;
import com.tierwise.closedloop.Nps;
import java.time.Instant;
import java.util.List;

/**
 * What the CX report shows: NPS now and in the period before, by tier, HIC and touchpoint, by
 * month, and how the closed loop's tasks were handled.
 *
 * @param overall NPS of the period and of the one before
 * @param byTier by the customer's current tier (UNTIERED included)
 * @param byHic high-impact customers and the others
 * @param byTouchpoint by survey touchpoint
 * @param months the last six calendar months, oldest first
 * @param closedLoop tasks opened in the period, by type
 * @param attribution the period's feedback by lifecycle stage, marketing or service, against the
 *     effective experience charter
 */
public record CxFigures(
    Compared overall,
    List<Compared> byTier,
    List<Compared> byHic,
    List<Compared> byTouchpoint,
    List<Month> months,
    List<TaskFigures> closedLoop,
    AttributionReport attribution) {

  /** NPS of one group in the period and in the period before. */
  public record Compared(String group, Nps now, Nps before) {}

  /** NPS of one calendar month. */
  public record Month(Instant start, Nps nps) {}

  /** Tasks of one type opened in the period: done, done by their due time, open past it. */
  public record TaskFigures(String type, long opened, long done, long doneOnTime, long openOverdue) {}
}
