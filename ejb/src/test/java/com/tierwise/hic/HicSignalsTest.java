package com.tierwise.hic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tierwise.hic.HicSignals.Risk;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When an HIC is being treated like the mass, and when not. */
class HicSignalsTest {

  private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

  @Test
  void aHappyRecentlyHeardHicWithTeamAndLineRaisesNothing() {
    assertEquals(List.of(), new HicSignals("K-1", 9, NOW.minus(Duration.ofDays(3)), 1, 0, 2, true).risks(NOW));
  }

  @Test
  void anUnhappyAnswerAndALateFollowUpComeFirst() {
    assertEquals(List.of(Risk.DETRACTOR, Risk.OVERDUE_FOLLOW_UP),
        new HicSignals("K-1", 6, NOW.minus(Duration.ofDays(1)), 1, 1, 1, true).risks(NOW));
    assertEquals(List.of(), new HicSignals("K-1", 7, NOW, 0, 0, 1, true).risks(NOW), "7 is a passive, not a detractor");
  }

  @Test
  void silenceAndAMissingDedicatedPillarAreRisksToo() {
    assertEquals(List.of(Risk.SILENT, Risk.NO_DEDICATED_TEAM, Risk.NO_DIRECT_LINE),
        new HicSignals("K-1", null, null, 0, 0, 0, false).risks(NOW));
    assertEquals(List.of(Risk.SILENT),
        new HicSignals("K-1", 10, NOW.minus(HicSignals.SILENCE).minusSeconds(1), 0, 0, 1, true).risks(NOW));
    assertEquals(List.of(), new HicSignals("K-1", 10, NOW.minus(HicSignals.SILENCE), 0, 0, 1, true).risks(NOW),
        "exactly 180 days ago still counts as heard from");
  }
}
