package com.tierwise.reports.executive;

import com.tierwise.tiering.Movement;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What the executive tier report shows, read by {@link ExecutiveTierQueries} as aggregates and
 * short lists (never one row per customer of the whole base).
 *
 * @param latest the latest tiering run, or null before the first
 * @param trend the last runs, oldest first (the latest included)
 * @param grid the latest run's nine cells
 * @param movements the latest run's movements against the run before
 * @param tierAChanges customers who entered or left tier A in the latest run (the first ones)
 * @param tierAChangeCounts how many entered and left A, by reason
 * @param overrides overrides decided in the period and pending now
 * @param hic the high-impact customers
 * @param pareto share of business value by tier and of the top 20%
 */
public record ExecutiveTierFigures(
    Run latest,
    List<Run> trend,
    List<Cell> grid,
    List<Movement> movements,
    List<TierAChange> tierAChanges,
    List<ChangeCount> tierAChangeCounts,
    Overrides overrides,
    Hic hic,
    Pareto pareto) {

  /** One tiering run's counts. */
  public record Run(
      long id,
      Instant finishedAt,
      long customers,
      long businessKnown,
      long cxKnown,
      long a,
      long b,
      long c,
      long untiered,
      long overridden) {}

  /** A cell of the 3x3 grid: bands, the tier it gives, customers and their business value. */
  public record Cell(String businessBand, String cxBand, String tier, long customers, BigDecimal businessValue) {}

  /** Why a customer's tier changed: the grid (data) or an approved override. */
  public enum Reason {
    DATA,
    OVERRIDE
  }

  /** A customer who entered (or left) tier A. */
  public record TierAChange(
      String externalId, String name, boolean entered, String previousTier, String tier, Reason reason) {}

  /** How many entered (or left) tier A for one reason. */
  public record ChangeCount(boolean entered, Reason reason, long customers) {}

  /** One pending override. */
  public record PendingOverride(
      long id, String externalId, String name, String tier, String reason, String requestedBy, Instant requestedAt) {}

  /** Overrides approved and rejected in the period, and those waiting for a decision. */
  public record Overrides(long approved, long rejected, long pendingCount, List<PendingOverride> pending) {}

  /** A high-impact customer on the roster. */
  public record HicCustomer(String externalId, String name, String tier, BigDecimal businessValue) {}

  /** The high-impact customers: how many and the most valuable. */
  public record Hic(long count, List<HicCustomer> top) {}

  /** Business value by tier (A, B, C) and in the top 20% of customers by business value. */
  public record Pareto(
      BigDecimal total, List<TierValue> byTier, BigDecimal topFifthValue, long topFifthCustomers, long customersWithValue) {

    public Double topFifthShare() {
      return total == null || total.signum() <= 0 || topFifthValue == null
          ? null
          : topFifthValue.doubleValue() / total.doubleValue();
    }
  }

  /** Business value of one tier. */
  public record TierValue(String tier, long customers, BigDecimal value) {}
}
