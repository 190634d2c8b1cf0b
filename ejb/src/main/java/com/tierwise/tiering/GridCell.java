package com.tierwise.tiering;

import java.math.BigDecimal;

/** One cell of a run's grid: its tier, how many customers landed there, their value and CX. */
public record GridCell(
    Band business, Band cx, Tier tier, long customers, BigDecimal businessValue, BigDecimal cxSum) {

  /** Sums carry the metric columns' six decimals, whether computed here or read back. */
  public GridCell {
    businessValue = businessValue == null ? null : businessValue.setScale(6, java.math.RoundingMode.HALF_EVEN);
    cxSum = cxSum == null ? null : cxSum.setScale(6, java.math.RoundingMode.HALF_EVEN);
  }

  /** Average CX score of the cell, or null when empty. */
  public BigDecimal averageCx() {
    return customers == 0 || cxSum == null
        ? null
        : cxSum.divide(BigDecimal.valueOf(customers), 2, java.math.RoundingMode.HALF_EVEN);
  }
}
