package com.tierwise.demo;

import com.tierwise.charter.CharterCell;
import com.tierwise.charter.ExperienceOwner;
import com.tierwise.charter.LifecycleStage;
import com.tierwise.charter.Segment;
import com.tierwise.charter.TargetMetric;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * An example experience charter for the demo installation: every stage × segment cell filled, the
 * high-value segments (HIC, A) promised a high-touch experience and the others an efficient one.
 */
public final class DemoCharter {

  private DemoCharter() {}

  public static List<CharterCell> cells() {
    List<CharterCell> cells = new ArrayList<>();
    for (Segment segment : Segment.values()) {
      boolean highValue = segment == Segment.HIC || segment == Segment.A;
      int nps = switch (segment) {
        case HIC -> 60;
        case A -> 50;
        case B -> 30;
        case C -> 10;
      };
      cells.add(cell(LifecycleStage.INTEREST, segment, ExperienceOwner.CCBMX, TargetMetric.NPS, nps,
          highValue
              ? "Personal introduction by the account team; no generic campaigns"
              : "Clear, honest product pages and prices; no promise service cannot keep"));
      cells.add(cell(LifecycleStage.PRE_ORDER, segment, highValue ? ExperienceOwner.CCSX : ExperienceOwner.CCBMX,
          TargetMetric.NPS, nps,
          highValue
              ? "A named advisor answers within the hour and prepares the offer"
              : "Self-service configurator and chat; a callback within a day"));
      cells.add(cell(LifecycleStage.ORDER, segment, ExperienceOwner.CCSX, TargetMetric.NPS, nps,
          highValue ? "Special payment terms and a confirmation call" : "One-page checkout with instant confirmation"));
      cells.add(cell(LifecycleStage.FULFILMENT, segment, ExperienceOwner.CCSX,
          highValue ? TargetMetric.FOLLOW_UP_IN_TIME : TargetMetric.NPS, highValue ? 95 : nps,
          highValue ? "Constrained stock first; delivery window agreed personally" : "Tracked delivery on the promised day"));
      cells.add(cell(LifecycleStage.RETURNS, segment, ExperienceOwner.CCSX, TargetMetric.DETRACTOR_SHARE,
          highValue ? 10 : 25,
          highValue ? "Collected at the customer's convenience, refund the same day" : "Free returns label, refund within a week"));
      cells.add(cell(LifecycleStage.SUPPORT, segment, ExperienceOwner.CCSX,
          highValue ? TargetMetric.FOLLOW_UP_IN_TIME : TargetMetric.NPS, highValue ? 95 : nps,
          highValue ? "Direct line to the dedicated team, no IVR" : "Self-service first, a person when it fails"));
    }
    return cells;
  }

  private static CharterCell cell(
      LifecycleStage stage, Segment segment, ExperienceOwner owner, TargetMetric metric, int target, String experience) {
    return new CharterCell(stage, segment, experience, owner, metric, BigDecimal.valueOf(target));
  }
}
