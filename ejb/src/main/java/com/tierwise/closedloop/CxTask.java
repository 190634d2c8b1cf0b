package com.tierwise.closedloop;

import com.tierwise.charter.Attribution;
import com.tierwise.charter.LifecycleStage;
import java.io.Serializable;
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
    Instant escalatedAt,
    /** Where the escalation mail went (null: nobody could be mailed). */
    String escalatedTo,
    /** The owner's manager it was escalated to; null when it went to the CX lead. */
    String escalatedToUser,
    /** The lifecycle stage the completion found at fault (the charter's analysis); null if none was said. */
    LifecycleStage stage,
    /** MARKETING or SERVICE as the completion found; null if none was said. */
    Attribution attribution) implements Serializable {}
