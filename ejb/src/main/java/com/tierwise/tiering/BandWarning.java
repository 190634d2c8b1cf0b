package com.tierwise.tiering;

import java.math.BigDecimal;

/**
 * A band that holds far fewer or far more customers than its cuts intend, almost always because
 * many customers share one value (a 1-5 satisfaction scale puts a sixth of them on the top score,
 * so nobody lies strictly above 95% of the others).
 */
public record BandWarning(
    Kind kind, Axis axis, Band band, long expected, long actual, BigDecimal tieValue, Long tieCount) {

  public enum Kind {
    EMPTY_BAND,
    SHRUNKEN_BAND,
    SWOLLEN_BAND
  }

  public BandWarning withTie(BigDecimal value, long count) {
    return new BandWarning(kind, axis, band, expected, actual, value, count);
  }

  /** An English sentence for API clients and logs; the portal words it from its bundles. */
  public String message() {
    String subject =
        axis + " " + band + " band holds " + actual + " customers where its cuts intend about "
            + expected;
    String cause =
        tieCount == null
            ? ""
            : "; " + tieCount + " customers share the value " + tieValue.stripTrailingZeros()
                .toPlainString() + ", and tied customers all get the lowest percentile of their group";
    String advice =
        switch (kind) {
          case EMPTY_BAND, SHRUNKEN_BAND -> ". Move the cut or use a finer-grained metric.";
          case SWOLLEN_BAND -> ". Tiers drawn from this band are less selective than intended.";
        };
    return subject + cause + advice;
  }
}
