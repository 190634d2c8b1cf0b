package com.tierwise.organisation.scorecard;

import java.io.Serializable;

/**
 * One team's result on one metric in a quarter.
 *
 * @param owner the accountable executive's user name, null when nobody is named yet
 * @param actual null when the quarter has no data for the team
 * @param target null when no target is set
 * @param previous the team's value in the quarter before, null when there was none
 */
public record ScorecardRow(
    String team,
    CxMetric metric,
    String owner,
    Double actual,
    Double target,
    Status status,
    Double previous,
    Trend trend) implements Serializable {

  public enum Status {
    MET,
    MISSED,
    /** There is a target but no data to measure it with. */
    NO_DATA,
    NO_TARGET
  }

  /** How the value moved against the previous quarter, judged by whether higher is better. */
  public enum Trend {
    BETTER,
    WORSE,
    SAME
  }
}
