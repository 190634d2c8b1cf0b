package com.tierwise.tiering;

import java.math.BigDecimal;

/** One cell of a run's grid: its tier, how many customers landed there, their value and CX. */
public record GridCell(
    Band business, Band cx, Tier tier, long customers, BigDecimal businessValue, BigDecimal cxSum) {

  /** Average CX score of the cell, or null when empty. */
  public BigDecimal averageCx() {
    return customers == 0 || cxSum == null
        ? null
        : cxSum.divide(BigDecimal.valueOf(customers), 2, java.math.RoundingMode.HALF_EVEN);
  }
}
