package com.tierwise.closedloop;

import java.io.Serializable;

/**
 * How the scores of customers surveyed more than once moved: their first response against their
 * latest in the period (DOMAIN.md 4: re-survey the same customers and see how the numbers moved).
 *
 * @param averageChange mean of latest minus first score, null without customers
 * @param firstNps NPS of these customers' first responses; {@code latestNps} of their latest
 */
public record Resurvey(
    long customers, long improved, long declined, long unchanged, Double improvedShare, Double declinedShare,
    Double unchangedShare, Double averageChange, Double firstNps, Double latestNps) implements Serializable {

  static Resurvey of(
      long customers, long improved, long declined, long totalChange, long firstPromoters, long firstDetractors,
      long latestPromoters, long latestDetractors) {
    if (customers == 0) {
      return new Resurvey(0, 0, 0, 0, null, null, null, null, null, null);
    }
    long unchanged = customers - improved - declined;
    double n = customers;
    return new Resurvey(
        customers, improved, declined, unchanged, improved / n, declined / n, unchanged / n, totalChange / n,
        100.0 * (firstPromoters - firstDetractors) / n, 100.0 * (latestPromoters - latestDetractors) / n);
  }
}
