package com.tierwise.charter;

import static com.tierwise.charter.LifecycleStage.FULFILMENT;
import static com.tierwise.charter.LifecycleStage.INTEREST;
import static com.tierwise.charter.LifecycleStage.PRE_ORDER;
import static com.tierwise.charter.LifecycleStage.RETURNS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tierwise.charter.AttributionReport.CellResult;
import com.tierwise.charter.AttributionReport.Split;
import com.tierwise.charter.AttributionReport.Verdict;
import com.tierwise.closedloop.Nps;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AttributionAnalysisTest {

  private static final Instant FROM = Instant.parse("2026-11-01T00:00:00Z");
  private static final Instant TO = Instant.parse("2026-12-01T00:00:00Z");

  private static AttributionRow row(LifecycleStage stage, Segment segment, Attribution attribution, long promoters, long passives, long detractors) {
    return new AttributionRow(stage, segment, attribution, promoters, passives, detractors, 0, 0);
  }

  private static final List<AttributionRow> ROWS =
      List.of(
          // Browsing: 3 marketing, 1 service, 1 unattributed detractor.
          row(INTEREST, Segment.B, Attribution.MARKETING, 0, 0, 2),
          row(INTEREST, Segment.B, null, 2, 1, 1),
          row(PRE_ORDER, Segment.A, Attribution.SERVICE, 0, 0, 1),
          row(PRE_ORDER, null, Attribution.MARKETING, 0, 0, 1),
          // Returns: 1 marketing, 2 service.
          row(RETURNS, Segment.HIC, Attribution.SERVICE, 0, 0, 2),
          row(RETURNS, Segment.HIC, Attribution.MARKETING, 1, 0, 1),
          // Fulfilment follow-ups: 3 due, 2 on time.
          new AttributionRow(FULFILMENT, Segment.HIC, null, 0, 0, 3, 3, 2));

  private static CharterVersion charter() {
    return new CharterVersion(
        4, CharterStatus.EFFECTIVE, 3, 1, "a", FROM, FROM, false,
        List.of(
            new CharterCell(INTEREST, Segment.B, "Honest pages", ExperienceOwner.CCBMX, TargetMetric.NPS, new BigDecimal("-20")),
            new CharterCell(RETURNS, Segment.HIC, "Refund same day", ExperienceOwner.CCSX, TargetMetric.DETRACTOR_SHARE, new BigDecimal("50")),
            new CharterCell(FULFILMENT, Segment.HIC, "Agreed window", ExperienceOwner.CCSX, TargetMetric.FOLLOW_UP_IN_TIME, new BigDecimal("66.67")),
            new CharterCell(LifecycleStage.SUPPORT, Segment.C, "Self-service", ExperienceOwner.CCSX, TargetMetric.NPS, new BigDecimal("10"))),
        List.of());
  }

  private static CellResult cell(AttributionReport report, LifecycleStage stage, Segment segment) {
    return report.cells().stream().filter(c -> c.stage() == stage && c.segment() == segment).findFirst().orElseThrow();
  }

  @Test
  void browseButNoPurchaseIsMostlyTheMarketingJourney() {
    AttributionReport report = AttributionAnalysis.analyse(ROWS, Optional.empty(), FROM, TO);
    assertEquals(new Split(3, 1, 1), report.browseNoPurchase().detractors());
    assertEquals(Verdict.MOSTLY_MARKETING, report.browseNoPurchase().verdict());
    assertEquals(0.75, report.browseNoPurchase().detractors().marketingShare());
    assertEquals(List.of(INTEREST, PRE_ORDER), report.browseNoPurchase().stages());
  }

  @Test
  void returnsAreMostlyAFulfilmentFailure() {
    AttributionReport report = AttributionAnalysis.analyse(ROWS, Optional.empty(), FROM, TO);
    assertEquals(new Split(1, 2, 0), report.returns().detractors());
    assertEquals(Verdict.MOSTLY_SERVICE, report.returns().verdict());
  }

  @Test
  void stagesCountEveryCustomerAndCellsOnlyTheirSegment() {
    AttributionReport report = AttributionAnalysis.analyse(ROWS, Optional.empty(), FROM, TO);
    assertEquals(6, report.stages().size());
    assertEquals(Nps.of(0, 0, 2), report.stages().get(PRE_ORDER.ordinal()).nps()); // the unsegmented one too
    assertEquals(Nps.of(0, 0, 1), cell(report, PRE_ORDER, Segment.A).nps());
    assertEquals(24, report.cells().size());
    assertNull(report.charterVersion());
    assertNull(cell(report, INTEREST, Segment.B).met());
  }

  @Test
  void targetsOfTheEffectiveCharterAreMetOrMissed() {
    AttributionReport report = AttributionAnalysis.analyse(ROWS, Optional.of(charter()), FROM, TO);
    assertEquals(4, report.charterVersion());
    // INTEREST x B: 2 promoters, 1 passive, 3 detractors: NPS -16.7 >= -20.
    CellResult interest = cell(report, INTEREST, Segment.B);
    assertEquals(-100.0 / 6, interest.measured(), 1e-9);
    assertTrue(interest.met());
    // RETURNS x HIC: 3 detractors of 4 = 75% > 50%.
    CellResult returns = cell(report, RETURNS, Segment.HIC);
    assertEquals(75.0, returns.measured(), 1e-9);
    assertFalse(returns.met());
    // FULFILMENT x HIC: 2 of 3 follow-ups in time = 66.666..% < 66.67%.
    CellResult fulfilment = cell(report, FULFILMENT, Segment.HIC);
    assertFalse(fulfilment.met());
    // SUPPORT x C: a target, but nobody answered.
    CellResult support = cell(report, LifecycleStage.SUPPORT, Segment.C);
    assertNull(support.measured());
    assertNull(support.met());
  }

  @Test
  void withoutAttributedDetractorsThereIsNoAnswer() {
    AttributionReport report =
        AttributionAnalysis.analyse(List.of(row(RETURNS, Segment.C, null, 0, 0, 4)), Optional.empty(), FROM, TO);
    assertEquals(Verdict.NOT_ATTRIBUTED, report.returns().verdict());
    assertNull(report.returns().detractors().marketingShare());
    assertEquals(Verdict.NOT_ATTRIBUTED, report.browseNoPurchase().verdict());
  }
}
