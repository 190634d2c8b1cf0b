package com.tierwise.override;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tierwise.tiering.Tier;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The override state machine: who may move it, and from where to where. */
class TierOverrideTest {

  private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

  private static TierOverride pending(LocalDate expiresAt) {
    TierOverride requested =
        TierOverride.request("X-1", "A-1", Tier.A, OverrideReason.LEGACY, "thirty years with us", expiresAt, "maker", NOW);
    return new TierOverride(
        7L, requested.externalId(), requested.demoteExternalId(), requested.tier(), requested.reason(),
        requested.justification(), requested.requestedBy(), requested.requestedAt(), requested.status(),
        null, null, null, requested.expiresAt(), 0);
  }

  @Test
  void aRequestStartsPending() {
    TierOverride override = pending(null);
    assertEquals(OverrideStatus.PENDING, override.status());
    assertFalse(override.inForce(LocalDate.of(2026, 11, 22)));
  }

  @Test
  void approvalByAnotherMemberHoldsForAYearByDefault() throws Exception {
    TierOverride approved = pending(null).approve("checker", "agreed", NOW);
    assertEquals(OverrideStatus.APPROVED, approved.status());
    assertEquals("checker", approved.decidedBy());
    assertEquals(NOW, approved.decidedAt());
    assertEquals("agreed", approved.decisionComment());
    assertEquals(LocalDate.of(2027, 11, 22), approved.expiresAt());
    assertTrue(approved.inForce(LocalDate.of(2027, 11, 22)));
    assertFalse(approved.inForce(LocalDate.of(2027, 11, 23)));
  }

  @Test
  void approvalKeepsTheRequestedExpiry() throws Exception {
    TierOverride approved = pending(LocalDate.of(2027, 3, 31)).approve("checker", null, NOW);
    assertEquals(LocalDate.of(2027, 3, 31), approved.expiresAt());
  }

  @Test
  void theRequesterMayNotDecideTheirOwnRequest() {
    OverrideRefusedException approve =
        assertThrows(OverrideRefusedException.class, () -> pending(null).approve("maker", null, NOW));
    assertEquals(OverrideRefusedException.Kind.FORBIDDEN, approve.kind());
    assertTrue(approve.getMessage().contains("maker-checker"), approve.getMessage());
    OverrideRefusedException reject =
        assertThrows(OverrideRefusedException.class, () -> pending(null).reject("maker", null, NOW));
    assertEquals(OverrideRefusedException.Kind.FORBIDDEN, reject.kind());
  }

  @Test
  void aSecondDecisionIsAConflict() throws Exception {
    TierOverride rejected = pending(null).reject("checker", "not convincing", NOW);
    assertEquals(OverrideStatus.REJECTED, rejected.status());
    OverrideRefusedException again =
        assertThrows(OverrideRefusedException.class, () -> rejected.approve("other", null, NOW));
    assertEquals(OverrideRefusedException.Kind.CONFLICT, again.kind());
    assertTrue(again.getMessage().contains("already REJECTED"), again.getMessage());
    TierOverride approved = pending(null).approve("checker", null, NOW);
    assertEquals(
        OverrideRefusedException.Kind.CONFLICT,
        assertThrows(OverrideRefusedException.class, () -> approved.reject("other", null, NOW)).kind());
    assertEquals(
        OverrideRefusedException.Kind.CONFLICT,
        assertThrows(OverrideRefusedException.class, () -> approved.withdraw("maker", null, NOW)).kind());
  }

  @Test
  void onlyTheRequesterWithdrawsAndOnlyWhilePending() throws Exception {
    assertEquals(
        OverrideRefusedException.Kind.FORBIDDEN,
        assertThrows(OverrideRefusedException.class, () -> pending(null).withdraw("checker", null, NOW)).kind());
    TierOverride withdrawn = pending(null).withdraw("maker", "no longer needed", NOW);
    assertEquals(OverrideStatus.WITHDRAWN, withdrawn.status());
    assertEquals(
        OverrideRefusedException.Kind.CONFLICT,
        assertThrows(OverrideRefusedException.class, () -> withdrawn.approve("checker", null, NOW)).kind());
  }
}
