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
    Instant escalatedAt,
    /** The address the escalation mail went to (the owner's manager or the CX lead). */
    String escalatedTo,
    /** The owner's manager it was escalated to; null when it went to the CX lead. */
    String escalatedToManager,
    /** What the follow-up found (issue 5, the charter): a lifecycle stage and MARKETING or SERVICE, or null. */
    String stage,
    String attribution) {

  static TaskView of(CxTask task) {
    return new TaskView(
        task.id(), task.externalId(), task.type().name(), task.status().name(), task.dueAt(),
        task.assignee(), task.createdAt(), task.outcome(), task.escalatedAt(), task.escalatedTo(),
        task.escalatedToUser(),
        task.stage() == null ? null : task.stage().name(),
        task.attribution() == null ? null : task.attribution().name());
  }
}
