package com.tierwise.override;

import static com.tierwise.platform.RefusedException.Kind.CONFLICT;
import static com.tierwise.platform.RefusedException.Kind.FORBIDDEN;

import com.tierwise.tiering.Tier;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * A leadership override of one customer's tier, and its life: requested (PENDING), then approved
 * or rejected by someone else (maker-checker), or withdrawn by the requester. Immutable: every
 * move returns the next state, and an illegal move is refused with the reason.
 */
public record TierOverride(
    Long id,
    String externalId,
    String demoteExternalId,
    Tier tier,
    OverrideReason reason,
    String justification,
    String requestedBy,
    Instant requestedAt,
    OverrideStatus status,
    String decidedBy,
    Instant decidedAt,
    String decisionComment,
    LocalDate expiresAt,
    long version) implements Serializable {

  /** Without a date from the requester, an approval holds for a year, then comes up for review. */
  public static final int DEFAULT_VALIDITY_YEARS = 1;

  /** The tier a customer demoted to make room in tier A goes to. */
  public static final Tier DEMOTION_TIER = Tier.B;

  public static TierOverride request(
      String externalId,
      String demoteExternalId,
      Tier tier,
      OverrideReason reason,
      String justification,
      LocalDate expiresAt,
      String requestedBy,
      Instant now) {
    return new TierOverride(
        null, externalId, demoteExternalId, tier, reason, justification, requestedBy, now,
        OverrideStatus.PENDING, null, null, null, expiresAt, 0);
  }

  public TierOverride approve(String by, String comment, Instant now) throws OverrideRefusedException {
    checkDecidable(by);
    LocalDate until =
        expiresAt != null
            ? expiresAt
            : LocalDate.ofInstant(now, ZoneOffset.UTC).plusYears(DEFAULT_VALIDITY_YEARS);
    return decided(OverrideStatus.APPROVED, by, comment, now, until);
  }

  public TierOverride reject(String by, String comment, Instant now) throws OverrideRefusedException {
    checkDecidable(by);
    return decided(OverrideStatus.REJECTED, by, comment, now, expiresAt);
  }

  /** The requester takes a pending request back; nobody else may. */
  public TierOverride withdraw(String by, String comment, Instant now) throws OverrideRefusedException {
    checkPending();
    if (!by.equals(requestedBy)) {
      throw new OverrideRefusedException(
          FORBIDDEN, "Only " + requestedBy + ", who requested override " + id + ", may withdraw it");
    }
    return decided(OverrideStatus.WITHDRAWN, by, comment, now, expiresAt);
  }

  /** Whether the override still imposes its tier on the given day (the expiry day included). */
  public boolean inForce(LocalDate day) {
    return status == OverrideStatus.APPROVED && (expiresAt == null || !day.isAfter(expiresAt));
  }

  private void checkDecidable(String by) throws OverrideRefusedException {
    checkPending();
    if (by.equals(requestedBy)) {
      throw new OverrideRefusedException(
          FORBIDDEN,
          "Override " + id + " was requested by " + by
              + "; another member of the governance board must decide it (maker-checker)");
    }
  }

  private void checkPending() throws OverrideRefusedException {
    if (status != OverrideStatus.PENDING) {
      throw new OverrideRefusedException(
          CONFLICT,
          "Override " + id + " is already " + status
              + (decidedBy == null ? "" : " (by " + decidedBy + ")")
              + "; only a pending request can be decided or withdrawn");
    }
  }

  private TierOverride decided(
      OverrideStatus next, String by, String comment, Instant now, LocalDate until) {
    return new TierOverride(
        id, externalId, demoteExternalId, tier, reason, justification, requestedBy, requestedAt,
        next, by, now, comment, until, version);
  }
}
