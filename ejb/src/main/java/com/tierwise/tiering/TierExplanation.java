package com.tierwise.tiering;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Why a customer has its tier: which percentile on which metric put it in which band, and which
 * cell of the grid that band pair is. Built from the stored assignment, so it explains the tier
 * as the run computed it, not as today's data would.
 */
public record TierExplanation(
    String source,
    Long runId,
    Integer policyVersion,
    AxisReason business,
    AxisReason cx,
    Tier cellTier,
    Tier tier,
    String text) {

  public static final String COMPUTED = "COMPUTED";
  public static final String MISSING_METRIC = "MISSING_METRIC";
  public static final String NOT_YET_TIERED = "NOT_YET_TIERED";
  /** An approved leadership override set the tier, not the grid (see the customer's overrides). */
  public static final String OVERRIDDEN = "OVERRIDDEN";

  /** One axis: the value, its percentile, the band it fell in and the cut that band starts at. */
  public record AxisReason(
      BigDecimal value, Double percentile, Band band, BigDecimal lowCut, BigDecimal highCut) {}

  public static TierExplanation notYetTiered() {
    return new TierExplanation(
        NOT_YET_TIERED,
        null,
        null,
        null,
        null,
        null,
        null,
        "No tiering run has included this customer yet.");
  }

  public static TierExplanation of(Assignment assignment, PolicyVersion policy) {
    TieringPolicy rules = policy.policy();
    AxisReason business =
        new AxisReason(
            assignment.businessValue(),
            assignment.businessPercentile(),
            assignment.businessBand(),
            rules.businessCuts().low(),
            rules.businessCuts().high());
    AxisReason cx =
        new AxisReason(
            assignment.cxScore(),
            assignment.cxPercentile(),
            assignment.cxBand(),
            rules.cxCuts().low(),
            rules.cxCuts().high());
    boolean missing = business.band() == null || cx.band() == null;
    Tier cellTier = missing ? null : rules.tierOf(business.band(), cx.band());
    StringBuilder text = new StringBuilder();
    text.append("Run ").append(assignment.runId()).append(" with policy version ")
        .append(policy.version()).append(": ");
    text.append(describe("business value", business)).append("; ");
    text.append(describe("CX score", cx)).append(". ");
    if (missing) {
      text.append("A customer missing either metric gets no tier.");
    } else {
      text.append("Grid cell business ").append(business.band()).append(" x CX ")
          .append(cx.band()).append(" gives tier ").append(cellTier).append('.');
    }
    boolean overridden = assignment.tier() != null && assignment.tier() != cellTier;
    if (overridden) {
      text.append(" An approved override sets tier ").append(assignment.tier()).append(" instead.");
    }
    return new TierExplanation(
        overridden ? OVERRIDDEN : missing ? MISSING_METRIC : COMPUTED,
        assignment.runId(),
        policy.version(),
        business,
        cx,
        cellTier,
        assignment.tier(),
        text.toString());
  }

  private static String describe(String metric, AxisReason reason) {
    if (reason.band() == null) {
      return metric + " unknown";
    }
    String percentile =
        BigDecimal.valueOf(reason.percentile()).setScale(1, RoundingMode.HALF_EVEN).toPlainString();
    String rule =
        switch (reason.band()) {
          case HIGH -> ">= " + reason.highCut().toPlainString();
          case MID -> ">= " + reason.lowCut().toPlainString() + " and < " + reason.highCut().toPlainString();
          case LOW -> "< " + reason.lowCut().toPlainString();
        };
    return metric + " " + reason.value().stripTrailingZeros().toPlainString() + " is at percentile "
        + percentile + " (" + rule + ": " + reason.band() + ")";
  }
}
