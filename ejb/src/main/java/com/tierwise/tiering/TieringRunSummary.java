package com.tierwise.tiering;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a tiering run did: the policy it used, who ran it, counts, cells, movements, warnings, and
 * how many customers' tiers came from approved overrides.
 */
public record TieringRunSummary(
    long id,
    PolicyVersion policy,
    Long previousRunId,
    String startedBy,
    Instant startedAt,
    Instant finishedAt,
    long customers,
    long businessKnown,
    long cxKnown,
    BigDecimal businessTotal,
    Map<String, Long> counts,
    List<GridCell> cells,
    List<Movement> movements,
    List<BandWarning> warnings,
    long overridden) {

  public static final String UNTIERED = "UNTIERED";
}
