package com.tierwise.closedloop;

import com.tierwise.organisation.team.Organisation;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Closed-loop performance of one team: the assignees' figures added up by the assignee's team.
 * Tasks of assignees without a team, or of queues that are no user (such as cx-team), fall under
 * team null.
 */
public record TeamPerformance(
    String team, long tasks, long doneInTime, long doneLate, long overdue, long escalated, Double inTimeShare) implements Serializable {

  public static List<TeamPerformance> of(List<TaskPerformance> byAssignee, Organisation organisation) {
    Map<String, List<TaskPerformance>> groups = new LinkedHashMap<>();
    for (TaskPerformance row : byAssignee) {
      groups.computeIfAbsent(organisation.teamOf(row.assignee()), k -> new ArrayList<>()).add(row);
    }
    List<TeamPerformance> teams = new ArrayList<>();
    groups.forEach(
        (team, rows) -> {
          TaskPerformance sum = TaskPerformance.total(rows);
          teams.add(new TeamPerformance(
              team, sum.tasks(), sum.doneInTime(), sum.doneLate(), sum.overdue(), sum.escalated(), sum.inTimeShare()));
        });
    teams.sort(Comparator.comparing(TeamPerformance::team, Comparator.nullsLast(Comparator.naturalOrder())));
    return teams;
  }
}
