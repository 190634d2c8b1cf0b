package com.tierwise.tiering;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * How tiers are computed: the cuts on each axis, the grid, and the share of customers that must
 * have each metric before a run may go ahead (tiering on missing data is worse than none).
 */
public record TieringPolicy(Cuts businessCuts, Cuts cxCuts, TierGrid grid, BigDecimal minCoverage) implements Serializable {

  public TieringPolicy {
    minCoverage = Cuts.canonical(minCoverage);
  }

  public static final TieringPolicy DEFAULT =
      new TieringPolicy(Cuts.DEFAULT, Cuts.DEFAULT, TierGrid.DEFAULT, new BigDecimal("0.8"));

  /** Every reason this policy cannot be used, or an empty list. */
  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    if (businessCuts == null) {
      problems.add("businessCuts is required, such as [50, 95]");
    } else {
      problems.addAll(businessCuts.problems("businessCuts"));
    }
    if (cxCuts == null) {
      problems.add("cxCuts is required, such as [50, 95]");
    } else {
      problems.addAll(cxCuts.problems("cxCuts"));
    }
    if (grid == null) {
      problems.add("grid is required");
    }
    if (minCoverage == null
        || minCoverage.signum() < 0
        || minCoverage.compareTo(BigDecimal.ONE) > 0) {
      problems.add("minCoverage must be a share between 0 and 1, such as 0.8");
    } else if (minCoverage.stripTrailingZeros().scale() > 4) {
      problems.add("minCoverage may have at most 4 decimal places");
    }
    return problems;
  }

  public Cuts cuts(Axis axis) {
    return axis == Axis.BUSINESS ? businessCuts : cxCuts;
  }

  /** The tier of a customer, or null when either metric is unknown. */
  public Tier tierOf(Band business, Band cx) {
    return business == null || cx == null ? null : grid.tierOf(business, cx);
  }
}
