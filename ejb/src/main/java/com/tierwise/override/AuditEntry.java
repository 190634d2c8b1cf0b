package com.tierwise.override;

import java.time.Instant;

/** One status change of an override: who moved it from which status to which, when and why. */
public record AuditEntry(
    String actor, Instant at, OverrideStatus fromStatus, OverrideStatus toStatus, String comment) {}
