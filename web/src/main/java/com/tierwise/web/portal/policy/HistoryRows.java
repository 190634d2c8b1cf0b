package com.tierwise.web.portal.policy;

import com.tierwise.tiering.PolicyVersion;
import com.tierwise.tiering.TieringPolicy;
import com.tierwise.tiering.TieringRunSummary;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Date;

/** Rows of the run history and policy version tables, with dates for {@code f:convertDateTime}. */
public final class HistoryRows {

  private HistoryRows() {}

  /** One past run: who, when, with which policy, and its tier counts. */
  public record RunRow(
      long id, Date finished, String startedBy, Integer policyVersion, long a, long b, long c, long untiered)
      implements Serializable {

    public static RunRow of(TieringRunSummary run) {
      return new RunRow(
          run.id(),
          run.finishedAt() == null ? null : Date.from(run.finishedAt()),
          run.startedBy(),
          run.policy() == null ? null : run.policy().version(),
          run.counts().getOrDefault("A", 0L),
          run.counts().getOrDefault("B", 0L),
          run.counts().getOrDefault("C", 0L),
          run.counts().getOrDefault(TieringRunSummary.UNTIERED, 0L));
    }
  }

  /** One saved policy version. */
  public record VersionRow(
      int version,
      Date created,
      String createdBy,
      BigDecimal businessLow,
      BigDecimal businessHigh,
      BigDecimal cxLow,
      BigDecimal cxHigh,
      String grid,
      BigDecimal minCoverage)
      implements Serializable {

    public static VersionRow of(PolicyVersion saved) {
      TieringPolicy policy = saved.policy();
      return new VersionRow(
          saved.version(),
          saved.createdAt() == null ? null : Date.from(saved.createdAt()),
          saved.createdBy(),
          policy.businessCuts().low(),
          policy.businessCuts().high(),
          policy.cxCuts().low(),
          policy.cxCuts().high(),
          policy.grid().code(),
          policy.minCoverage());
    }
  }
}
