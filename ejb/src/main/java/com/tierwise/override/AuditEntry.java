package com.tierwise.override;

import com.tierwise.governance.FieldChange;
import java.time.Instant;
import java.util.List;

/**
 * One status change of an override: who moved it from which status to which, when and why; from
 * Envers also every field that changed, the revision and the request id (null in older entries).
 */
public record AuditEntry(
    String actor,
    Instant at,
    OverrideStatus fromStatus,
    OverrideStatus toStatus,
    String comment,
    List<FieldChange> changes,
    Long revision,
    String requestId) {}
