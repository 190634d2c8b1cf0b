package com.tierwise.organisation.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.tierwise.closedloop.CallbackTime;
import com.tierwise.closedloop.NpsGroup;
import com.tierwise.closedloop.TeamPerformance;
import com.tierwise.organisation.scorecard.ScorecardRow.Status;
import com.tierwise.organisation.scorecard.ScorecardRow.Trend;
import com.tierwise.organisation.team.Member;
import com.tierwise.organisation.team.Organisation;
import com.tierwise.survey.InvitationFigures;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScorecardTest {

  private final Organisation organisation =
      new Organisation(List.of(
          new Member("ayse", "Istanbul", null, null, true),
          new Member("mehmet", "Istanbul", null, null, true),
          new Member("emma", "London", null, null, true)));

  @Test
  void quartersParseAndStep() {
    Quarter q4 = Quarter.parse("2026-Q4").orElseThrow();
    assertEquals(Instant.parse("2026-10-01T00:00:00Z"), q4.start());
    assertEquals(Instant.parse("2027-01-01T00:00:00Z"), q4.end());
    assertEquals("2026-Q3", q4.previous().toString());
    assertEquals("2027-Q1", q4.next().toString());
    assertEquals(q4, Quarter.of(Instant.parse("2026-12-31T23:59:59Z")));
    assertEquals(new Quarter(2025, 4), Quarter.parse("2026-Q1").orElseThrow().previous());
    assertEquals(true, Quarter.parse("2026-Q5").isEmpty());
    assertEquals(true, Quarter.parse("2026 Q1").isEmpty());
  }

  @Test
  void metOrMissedFollowsTheMetricsDirection() {
    assertEquals(Status.MET, Scorecard.status(CxMetric.NPS, 30.0, 30.0));
    assertEquals(Status.MISSED, Scorecard.status(CxMetric.NPS, 29.9, 30.0));
    assertEquals(Status.MET, Scorecard.status(CxMetric.DETRACTOR_CALLBACK_HOURS, 20.0, 24.0), "faster than the target");
    assertEquals(Status.MISSED, Scorecard.status(CxMetric.DETRACTOR_CALLBACK_HOURS, 30.0, 24.0));
    assertEquals(Status.NO_DATA, Scorecard.status(CxMetric.NPS, null, 30.0));
    assertEquals(Status.NO_TARGET, Scorecard.status(CxMetric.NPS, 10.0, null));
  }

  @Test
  void trendIsBetterOrWorseInTheMetricsDirection() {
    assertEquals(Trend.BETTER, Scorecard.trend(CxMetric.NPS, 40.0, 20.0));
    assertEquals(Trend.WORSE, Scorecard.trend(CxMetric.NPS, 10.0, 20.0));
    assertEquals(Trend.BETTER, Scorecard.trend(CxMetric.DETRACTOR_CALLBACK_HOURS, 10.0, 20.0));
    assertEquals(Trend.SAME, Scorecard.trend(CxMetric.CSAT, 4.0, 4.0));
    assertNull(Scorecard.trend(CxMetric.NPS, 4.0, null));
  }

  @Test
  void figuresAreAddedUpByTeamAndComparedWithTargets() {
    TeamFigures now =
        ScorecardFigures.of(
            organisation,
            // Istanbul: 3 promoters, 1 detractor of 5 responses -> NPS 40; London: 1 detractor -> -100
            List.of(new NpsGroup("ayse", 3, 2, 0, 1, 33.3), new NpsGroup("mehmet", 2, 1, 1, 0, 50.0),
                new NpsGroup("emma", 1, 0, 0, 1, -100.0), new NpsGroup(null, 7, 7, 0, 0, 100.0)),
            List.of(new TeamPerformance("Istanbul", 4, 3, 1, 0, 0, 0.75)),
            List.of(new CallbackTime("ayse", 2, 10.0), new CallbackTime("mehmet", 2, 30.0)),
            List.of(new InvitationFigures("emma", 4, 1, 4, 1, 5, 1), new InvitationFigures("ayse", 2, 2, 7, 2, 0, 0)));
    assertEquals(40.0, now.get(CxMetric.NPS, "Istanbul"), 1e-9);
    assertEquals(-100.0, now.get(CxMetric.NPS, "London"), 1e-9);
    assertEquals(75.0, now.get(CxMetric.FOLLOW_UP_IN_TIME, "Istanbul"), 1e-9);
    assertEquals(10.0, now.get(CxMetric.DETRACTOR_CALLBACK_HOURS, "Istanbul"), 1e-9);
    assertEquals(25.0, now.get(CxMetric.INVITATION_RESPONSE_RATE, "London"), 1e-9);
    assertEquals(3.5, now.get(CxMetric.CSAT, "Istanbul"), 1e-9);
    assertNull(now.get(CxMetric.CES, "Istanbul"), "no effort answers");

    TeamFigures before = new TeamFigures().put(CxMetric.NPS, "Istanbul", 50.0).put(CxMetric.NPS, "London", -120.0);
    Scorecard card =
        Scorecard.compute(
            Quarter.parse("2026-Q4").orElseThrow(), organisation.teamNames(), now, before,
            Map.of(CxMetric.NPS, "ceo"),
            Map.of(new Scorecard.TargetKey(CxMetric.NPS, "Istanbul"), 30.0,
                new Scorecard.TargetKey(CxMetric.NPS, "London"), 0.0,
                new Scorecard.TargetKey(CxMetric.DETRACTOR_CALLBACK_HOURS, "Istanbul"), 8.0));
    assertEquals(2 * CxMetric.values().length, card.rows().size());
    ScorecardRow istanbul = row(card, "Istanbul", CxMetric.NPS);
    assertEquals(Status.MET, istanbul.status());
    assertEquals(Trend.WORSE, istanbul.trend());
    assertEquals("ceo", istanbul.owner());
    ScorecardRow london = row(card, "London", CxMetric.NPS);
    assertEquals(Status.MISSED, london.status());
    assertEquals(Trend.BETTER, london.trend());
    assertEquals(Status.MISSED, row(card, "Istanbul", CxMetric.DETRACTOR_CALLBACK_HOURS).status());
    assertEquals(Status.NO_TARGET, row(card, "London", CxMetric.CSAT).status());
    assertEquals(1, card.met());
    assertEquals(2, card.missed());
  }

  private static ScorecardRow row(Scorecard card, String team, CxMetric metric) {
    return card.rows().stream().filter(r -> r.team().equals(team) && r.metric() == metric).findFirst().orElseThrow();
  }
}
