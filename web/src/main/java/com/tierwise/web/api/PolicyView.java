package com.tierwise.web.api;

import com.tierwise.tiering.Cuts;
import com.tierwise.tiering.PolicyVersion;
import com.tierwise.tiering.TierGrid;
import com.tierwise.tiering.TieringPolicy;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The JSON shape of a tiering policy, as ACCEPTANCE.md writes it. */
public record PolicyView(
    List<BigDecimal> businessCuts,
    List<BigDecimal> cxCuts,
    Map<String, Map<String, String>> grid,
    BigDecimal minCoverage,
    Integer version,
    String createdBy,
    Instant createdAt) {

  static PolicyView of(PolicyVersion saved) {
    TieringPolicy policy = saved.policy();
    return new PolicyView(
        cuts(policy.businessCuts()),
        cuts(policy.cxCuts()),
        policy.grid().toMap(),
        Numbers.plain(policy.minCoverage()),
        saved.version(),
        saved.createdBy(),
        saved.createdAt());
  }

  private static List<BigDecimal> cuts(Cuts cuts) {
    return List.of(Numbers.plain(cuts.low()), Numbers.plain(cuts.high()));
  }

  /** The policy this request asks for, or every reason it cannot be one. */
  TieringPolicy toPolicy(List<String> problems) {
    Cuts business = cuts("businessCuts", businessCuts, problems);
    Cuts cx = cuts("cxCuts", cxCuts, problems);
    TierGrid parsedGrid = TierGrid.fromMap(grid, problems);
    return new TieringPolicy(business, cx, parsedGrid, minCoverage);
  }

  private static Cuts cuts(String name, List<BigDecimal> values, List<String> problems) {
    if (values == null || values.size() != 2 || values.contains(null)) {
      problems.add(name + " must be two numbers, such as [50, 95]");
      return null;
    }
    return new Cuts(values.get(0), values.get(1));
  }
}
