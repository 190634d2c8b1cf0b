package com.tierwise.web.api;

import com.tierwise.closedloop.CxTask;
import java.time.Instant;

/** The JSON shape of a closed-loop task (ACCEPTANCE.md fields first). */
public record TaskView(
    long id,
    String externalId,
    String type,
    String status,
    Instant dueAt,
    String assignee,
    Instant createdAt,
    String outcome,
    Instant escalatedAt) {

  static TaskView of(CxTask task) {
    return new TaskView(
        task.id(), task.externalId(), task.type().name(), task.status().name(), task.dueAt(),
        task.assignee(), task.createdAt(), task.outcome(), task.escalatedAt());
  }
}
