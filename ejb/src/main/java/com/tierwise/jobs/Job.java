package com.tierwise.jobs;

import java.time.Instant;

/**
 * One journalled job: who started what, when and on which node, and how it ended.
 *
 * @param subject the file name of an import, or "policy version N" of a run
 * @param sizeBytes the file's size when known, else null
 * @param outcome why it failed or was interrupted, or what it did; null while running
 */
public record Job(
    long id,
    JobKind kind,
    String subject,
    Long sizeBytes,
    String startedBy,
    Instant startedAt,
    String node,
    JobStatus status,
    Instant finishedAt,
    String outcome) {}
