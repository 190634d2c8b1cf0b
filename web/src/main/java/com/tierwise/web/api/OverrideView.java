package com.tierwise.web.api;

import com.tierwise.override.AuditEntry;
import com.tierwise.override.OverrideDetails;
import com.tierwise.override.TierOverride;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The JSON shape of an override (ACCEPTANCE.md: id and status first); trail only on a single one. */
public record OverrideView(
    long id,
    String status,
    String externalId,
    String tier,
    String reason,
    String justification,
    String demoteExternalId,
    String demotedToTier,
    String requestedBy,
    Instant requestedAt,
    String decidedBy,
    Instant decidedAt,
    String decisionComment,
    LocalDate expiresAt,
    long version,
    List<AuditEntry> trail) {

  static OverrideView of(TierOverride override) {
    return of(override, null);
  }

  static OverrideView of(OverrideDetails details) {
    return of(details.override(), details.trail());
  }

  private static OverrideView of(TierOverride o, List<AuditEntry> trail) {
    return new OverrideView(
        o.id(),
        o.status().name(),
        o.externalId(),
        o.tier().name(),
        o.reason().name(),
        o.justification(),
        o.demoteExternalId(),
        o.demoteExternalId() == null ? null : TierOverride.DEMOTION_TIER.name(),
        o.requestedBy(),
        o.requestedAt(),
        o.decidedBy(),
        o.decidedAt(),
        o.decisionComment(),
        o.expiresAt(),
        o.version(),
        trail);
  }
}
