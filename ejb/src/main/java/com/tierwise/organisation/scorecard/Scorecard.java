package com.tierwise.organisation.scorecard;

import com.tierwise.organisation.scorecard.ScorecardRow.Status;
import com.tierwise.organisation.scorecard.ScorecardRow.Trend;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The scorecard of a quarter: for each team and metric the actual value against its target (met or
 * missed, in the metric's direction) and the trend against the quarter before.
 */
public record Scorecard(Quarter quarter, List<String> teams, List<ScorecardRow> rows) implements Serializable {

  /** Differences below this count as no change (rounding of shares and averages). */
  static final double SAME = 1e-9;

  /** What a target is, keyed by metric and team. */
  public record TargetKey(CxMetric metric, String team) {}

  public static Scorecard compute(
      Quarter quarter,
      List<String> teams,
      TeamFigures current,
      TeamFigures previous,
      Map<CxMetric, String> owners,
      Map<TargetKey, Double> targets) {
    List<ScorecardRow> rows = new ArrayList<>();
    for (String team : teams) {
      for (CxMetric metric : CxMetric.values()) {
        Double actual = current.get(metric, team);
        Double before = previous.get(metric, team);
        Double target = targets.get(new TargetKey(metric, team));
        rows.add(new ScorecardRow(
            team, metric, owners.get(metric), actual, target, status(metric, actual, target), before,
            trend(metric, actual, before)));
      }
    }
    return new Scorecard(quarter, List.copyOf(teams), List.copyOf(rows));
  }

  static Status status(CxMetric metric, Double actual, Double target) {
    if (target == null) {
      return Status.NO_TARGET;
    }
    if (actual == null) {
      return Status.NO_DATA;
    }
    boolean met = metric.higherIsBetter() ? actual >= target - SAME : actual <= target + SAME;
    return met ? Status.MET : Status.MISSED;
  }

  static Trend trend(CxMetric metric, Double actual, Double previous) {
    if (actual == null || previous == null) {
      return null;
    }
    double change = actual - previous;
    if (Math.abs(change) < SAME) {
      return Trend.SAME;
    }
    return (change > 0) == metric.higherIsBetter() ? Trend.BETTER : Trend.WORSE;
  }

  public long met() {
    return rows.stream().filter(row -> row.status() == Status.MET).count();
  }

  public long missed() {
    return rows.stream().filter(row -> row.status() == Status.MISSED).count();
  }
}
