package com.tierwise.organisation.scorecard;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/** The measured value of each metric for each team in one quarter; absent = no data. */
public final class TeamFigures {

  private final Map<CxMetric, Map<String, Double>> values = new EnumMap<>(CxMetric.class);

  public TeamFigures put(CxMetric metric, String team, Double value) {
    if (team != null && value != null && !value.isNaN()) {
      values.computeIfAbsent(metric, k -> new HashMap<>()).put(team, value);
    }
    return this;
  }

  public Double get(CxMetric metric, String team) {
    return values.getOrDefault(metric, Map.of()).get(team);
  }
}
