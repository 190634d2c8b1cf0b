package com.tierwise.tiering;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Finds bands that ties (or any other lumpiness of the data) left empty, shrunken or swollen. */
public final class BandDiagnostics {

  /** Below this many known values the bands are too coarse for a deviation to mean anything. */
  static final long MIN_KNOWN = 20;

  private BandDiagnostics() {}

  public static List<BandWarning> check(Axis axis, Cuts cuts, long known, Map<Band, Long> counts) {
    List<BandWarning> warnings = new ArrayList<>();
    if (known < MIN_KNOWN) {
      return warnings;
    }
    long tolerance = Math.max(2, Math.round(known * 0.01));
    for (Band band : Band.values()) {
      long expected = Math.round(cuts.intendedShare(band) * known);
      long actual = counts.getOrDefault(band, 0L);
      BandWarning.Kind kind = null;
      if (actual == 0 && expected >= 1) {
        kind = BandWarning.Kind.EMPTY_BAND;
      } else if (actual * 2 < expected && expected - actual >= tolerance) {
        kind = BandWarning.Kind.SHRUNKEN_BAND;
      } else if (actual * 2 > expected * 3 && actual - expected >= tolerance) {
        kind = BandWarning.Kind.SWOLLEN_BAND;
      }
      if (kind != null) {
        warnings.add(new BandWarning(kind, axis, band, expected, actual, null, null));
      }
    }
    return warnings;
  }
}
