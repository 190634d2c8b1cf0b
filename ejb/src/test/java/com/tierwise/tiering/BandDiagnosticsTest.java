package com.tierwise.tiering;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BandDiagnosticsTest {

  @Test
  void anEmptyTopBandIsReported() {
    // 1-5 scale, a sixth on the top score: nobody reaches the 95th percentile.
    List<BandWarning> warnings =
        BandDiagnostics.check(Axis.CX, Cuts.DEFAULT, 600, Map.of(Band.LOW, 300L, Band.MID, 300L));
    assertEquals(1, warnings.size(), warnings.toString());
    assertEquals(BandWarning.Kind.EMPTY_BAND, warnings.get(0).kind());
    assertEquals(Band.HIGH, warnings.get(0).band());
    assertEquals(30, warnings.get(0).expected());
  }

  @Test
  void aSwollenBandIsReported() {
    List<BandWarning> warnings =
        BandDiagnostics.check(
            Axis.BUSINESS, Cuts.DEFAULT, 1000, Map.of(Band.LOW, 800L, Band.MID, 150L, Band.HIGH, 50L));
    assertEquals(BandWarning.Kind.SWOLLEN_BAND, warnings.get(0).kind());
    assertEquals(Band.LOW, warnings.get(0).band());
    assertEquals(BandWarning.Kind.SHRUNKEN_BAND, warnings.get(1).kind());
    assertEquals(Band.MID, warnings.get(1).band());
  }

  @Test
  void evenlySpreadValuesRaiseNothing() {
    assertEquals(
        List.of(),
        BandDiagnostics.check(Axis.CX, Cuts.DEFAULT, 1000, Map.of(Band.LOW, 500L, Band.MID, 450L, Band.HIGH, 50L)));
  }

  @Test
  void tooFewValuesRaiseNothing() {
    assertEquals(List.of(), BandDiagnostics.check(Axis.CX, Cuts.DEFAULT, 10, Map.of(Band.LOW, 10L)));
  }

  @Test
  void theMessageNamesTheTie() {
    BandWarning warning =
        new BandWarning(BandWarning.Kind.EMPTY_BAND, Axis.CX, Band.HIGH, 30, 0, null, null)
            .withTie(new java.math.BigDecimal("5.000000"), 100);
    assertEquals(
        "CX HIGH band holds 0 customers where its cuts intend about 30; 100 customers share the"
            + " value 5, and tied customers all get the lowest percentile of their group. Move the"
            + " cut or use a finer-grained metric.",
        warning.message());
  }
}
