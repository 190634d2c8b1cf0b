package com.tierwise.closedloop;

import java.util.List;

/**
 * How one assignee (or team queue) closed the loop: of the tasks that are due (done, or past their
 * due time), the share done in time.
 *
 * @param inTimeShare doneInTime / (doneInTime + doneLate + overdue), null when nothing is due yet
 */
public record TaskPerformance(
    String assignee, long tasks, long doneInTime, long doneLate, long overdue, long escalated, Double inTimeShare) {

  static TaskPerformance of(String assignee, long tasks, long doneInTime, long doneLate, long overdue, long escalated) {
    long due = doneInTime + doneLate + overdue;
    return new TaskPerformance(
        assignee, tasks, doneInTime, doneLate, overdue, escalated, due == 0 ? null : (double) doneInTime / due);
  }

  /** Everyone together. */
  public static TaskPerformance total(List<TaskPerformance> rows) {
    long tasks = 0;
    long inTime = 0;
    long late = 0;
    long overdue = 0;
    long escalated = 0;
    for (TaskPerformance row : rows) {
      tasks += row.tasks;
      inTime += row.doneInTime;
      late += row.doneLate;
      overdue += row.overdue;
      escalated += row.escalated;
    }
    return of(null, tasks, inTime, late, overdue, escalated);
  }
}
