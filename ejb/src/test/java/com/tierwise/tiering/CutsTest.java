package com.tierwise.tiering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CutsTest {

  private final Cuts cuts = Cuts.of(50, 95);

  @Test
  void exactlyOnTheCutIsTheHigherBand() {
    // 19 of 21 below: 100 * 19 / 20 = 95, which floating point renders as 94.99999999999999.
    assertEquals(Band.HIGH, cuts.bandOf(19, 21));
    assertEquals(Band.MID, cuts.bandOf(18, 21));
    assertEquals(Band.MID, cuts.bandOf(10, 21)); // exactly 50
    assertEquals(Band.LOW, cuts.bandOf(9, 21));
  }

  @Test
  void aSingleKnownValueIsPercentileZero() {
    assertEquals(0.0, Percentiles.percentile(0, 1));
    assertEquals(Band.LOW, cuts.bandOf(0, 1));
    assertEquals(Band.MID, Cuts.of(0, 95).bandOf(0, 1), "a cut at 0 puts percentile 0 in MID");
  }

  @Test
  void percentileFollowsTheDefinition() {
    assertEquals(100.0, Percentiles.percentile(4, 5));
    assertEquals(25.0, Percentiles.percentile(1, 5));
    assertThrows(IllegalArgumentException.class, () -> Percentiles.percentile(5, 5));
  }

  @Test
  void decimalCutsCompareExactly() {
    Cuts fine = Cuts.of(33.3, 97.5);
    // 1000 known: 100 * 975 / 999 = 97.597... HIGH; 100 * 974 / 999 = 97.497... MID.
    assertEquals(Band.HIGH, fine.bandOf(975, 1000));
    assertEquals(Band.MID, fine.bandOf(974, 1000));
  }

  @Test
  void invalidCutsAreExplained() {
    assertTrue(Cuts.of(95, 50).problems("cxCuts").get(0).contains("increase"));
    assertTrue(Cuts.of(-1, 50).problems("cxCuts").get(0).contains("between 0 and 100"));
    assertTrue(Cuts.of(50, 101).problems("cxCuts").get(0).contains("between 0 and 100"));
    assertEquals(0, Cuts.of(50, 95).problems("cxCuts").size());
  }

  @Test
  void intendedSharesAddUpToOne() {
    double total = 0;
    for (Band band : Band.values()) {
      total += cuts.intendedShare(band);
    }
    assertEquals(1.0, total, 1e-12);
    assertEquals(0.05, cuts.intendedShare(Band.HIGH), 1e-12);
  }
}
