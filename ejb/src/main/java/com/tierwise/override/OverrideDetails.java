package com.tierwise.override;

import java.util.List;

/** An override with its audit trail, oldest entry first. */
public record OverrideDetails(TierOverride override, List<AuditEntry> trail) {}
