package com.tierwise.closedloop;

import java.time.Instant;

/** A closed-loop task as stored, with its customer's external id. */
public record CxTask(
    long id,
    String externalId,
    TaskType type,
    TaskStatus status,
    Instant dueAt,
    String assignee,
    long responseId,
    Instant createdAt,
    String outcome,
    long version,
    /** When the task was escalated for being overdue; null if it never was. */
    Instant escalatedAt) {}
