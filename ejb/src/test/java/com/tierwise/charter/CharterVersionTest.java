package com.tierwise.charter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tierwise.platform.RefusedException.Kind;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The charter's life: edited as a draft, frozen by the first signature, effective with the second. */
class CharterVersionTest {

  private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
  private static final Set<ExperienceOwner> CCBMX = EnumSet.of(ExperienceOwner.CCBMX);
  private static final Set<ExperienceOwner> CCSX = EnumSet.of(ExperienceOwner.CCSX);

  static CharterCell cell(LifecycleStage stage, Segment segment, String text, ExperienceOwner owner, int target) {
    return new CharterCell(stage, segment, text, owner, TargetMetric.NPS, BigDecimal.valueOf(target));
  }

  private static CharterVersion draft() throws CharterRefusedException {
    CharterVersion draft = CharterVersion.draftFrom(Optional.empty(), 1, "analyst", NOW);
    draft.replaceCells(List.of(cell(LifecycleStage.INTEREST, Segment.A, "Personal introduction", ExperienceOwner.CCBMX, 50)));
    return draft;
  }

  @Test
  void bothSignaturesMakeItEffectiveOneDoesNot() throws Exception {
    CharterVersion version = draft();
    assertEquals(CharterStatus.DRAFT, version.status());
    assertFalse(version.sign("maria", CCBMX, Optional.empty(), 1, NOW));
    assertEquals(CharterStatus.PARTLY_SIGNED, version.status());
    assertTrue(version.sign("sami", CCSX, Optional.empty(), 1, NOW.plusSeconds(60)));
    assertEquals(CharterStatus.EFFECTIVE, version.status());
    assertEquals(NOW.plusSeconds(60), version.effectiveAt());
    assertEquals(version.signature(ExperienceOwner.CCBMX).orElseThrow().contentHash(), version.signature(ExperienceOwner.CCSX).orElseThrow().contentHash());
  }

  @Test
  void aVersionBeingAgreedCanBeAbandonedWithAReasonAnEffectiveOneCannot() throws Exception {
    CharterVersion version = draft();
    version.sign("maria", CCBMX, Optional.empty(), 1, NOW);
    assertEquals(Kind.INVALID, assertThrows(CharterRefusedException.class, () -> version.abandon("sami", " ", NOW)).kind());
    version.abandon("sami", "  targets not realistic ", NOW);
    assertEquals(CharterStatus.ABANDONED, version.status());
    assertFalse(version.status().open());
    assertEquals(new CharterVersion.Abandonment("sami", NOW, "targets not realistic"), version.abandonment().orElseThrow());
    assertEquals(Kind.CONFLICT,
        assertThrows(CharterRefusedException.class, () -> version.sign("sami", CCSX, Optional.empty(), 1, NOW)).kind());

    CharterVersion effective = draft();
    effective.sign("maria", CCBMX, Optional.empty(), 1, NOW);
    effective.sign("sami", CCSX, Optional.empty(), 1, NOW);
    assertEquals(Kind.CONFLICT,
        assertThrows(CharterRefusedException.class, () -> effective.abandon("sami", "changed my mind", NOW)).kind());
    assertTrue(effective.abandonment().isEmpty());
  }

  @Test
  void aSignedDraftCannotBeEditedAnyMore() throws Exception {
    CharterVersion version = draft();
    version.sign("maria", CCBMX, Optional.empty(), 1, NOW);
    CharterRefusedException refused = assertThrows(CharterRefusedException.class, () -> version.replaceCells(List.of()));
    assertEquals(Kind.CONFLICT, refused.kind());
    assertEquals(1, version.cells().size());
  }

  @Test
  void aSecondSignatureForTheSameRoleIsAConflict() throws Exception {
    CharterVersion version = draft();
    version.sign("maria", CCBMX, Optional.empty(), 1, NOW);
    CharterRefusedException refused =
        assertThrows(CharterRefusedException.class, () -> version.sign("mehmet", CCBMX, Optional.empty(), 1, NOW));
    assertEquals(Kind.CONFLICT, refused.kind());
    assertEquals(CharterStatus.PARTLY_SIGNED, version.status());
  }

  @Test
  void oneWhoHoldsBothRolesCannotSignTwice() throws Exception {
    Set<ExperienceOwner> both = EnumSet.allOf(ExperienceOwner.class);
    CharterVersion version = draft();
    assertEquals(Kind.INVALID,
        assertThrows(CharterRefusedException.class, () -> version.sign("admin", both, Optional.empty(), 1, NOW)).kind());
    version.sign("admin", both, Optional.of(ExperienceOwner.CCBMX), 1, NOW);
    CharterRefusedException refused =
        assertThrows(
            CharterRefusedException.class, () -> version.sign("admin", both, Optional.of(ExperienceOwner.CCSX), 1, NOW));
    assertEquals(Kind.FORBIDDEN, refused.kind());
    assertEquals(CharterStatus.PARTLY_SIGNED, version.status());
  }

  @Test
  void aRoleOneDoesNotHoldCannotBeSigned() throws Exception {
    CharterVersion version = draft();
    assertEquals(Kind.FORBIDDEN,
        assertThrows(CharterRefusedException.class,
            () -> version.sign("maria", CCBMX, Optional.of(ExperienceOwner.CCSX), 1, NOW)).kind());
    assertEquals(Kind.FORBIDDEN,
        assertThrows(CharterRefusedException.class, () -> version.sign("analyst", Set.of(), Optional.empty(), 1, NOW)).kind());
  }

  @Test
  void contentThatChangedSinceItWasReadCannotBeSigned() throws Exception {
    CharterVersion version = draft();
    String before = version.contentHash();
    version.replaceCells(List.of(cell(LifecycleStage.INTEREST, Segment.A, "Personal introduction", ExperienceOwner.CCBMX, 60)));
    assertNotEquals(before, version.contentHash());
    assertEquals(2, version.revision());
    CharterRefusedException refused =
        assertThrows(CharterRefusedException.class, () -> version.sign("maria", CCBMX, Optional.empty(), 1, NOW));
    assertEquals(Kind.CONFLICT, refused.kind());
    assertEquals(CharterStatus.DRAFT, version.status());
  }

  @Test
  void anEffectiveVersionIsChangedThroughANewDraftAndIsSupersededWhenItTakesEffect() throws Exception {
    CharterVersion first = draft();
    first.sign("maria", CCBMX, Optional.empty(), 1, NOW);
    first.sign("sami", CCSX, Optional.empty(), 1, NOW);
    assertThrows(CharterRefusedException.class, () -> first.replaceCells(List.of()));
    assertEquals(Kind.CONFLICT,
        assertThrows(CharterRefusedException.class, () -> first.sign("other", CCSX, Optional.empty(), 1, NOW)).kind());

    CharterVersion second = CharterVersion.draftFrom(Optional.of(first), 2, "maria", NOW);
    assertEquals(1, second.basedOn());
    assertEquals(first.cells(), second.cells());
    assertEquals(first.contentHash(), second.contentHash());
    first.supersede();
    assertEquals(CharterStatus.SUPERSEDED, first.status());
    assertThrows(IllegalStateException.class, second::supersede);
  }

  @Test
  void theContentHashIgnoresTheScaleOfTargets() {
    CharterCell fifty = new CharterCell(LifecycleStage.ORDER, Segment.B, "x", ExperienceOwner.CCSX, TargetMetric.NPS, new BigDecimal("50"));
    CharterCell fiftyPointZero = new CharterCell(LifecycleStage.ORDER, Segment.B, "x", ExperienceOwner.CCSX, TargetMetric.NPS, new BigDecimal("50.00"));
    assertEquals(
        new CharterVersion(1, CharterStatus.DRAFT, null, 0, "a", NOW, null, false, List.of(fifty), List.of()).contentHash(),
        new CharterVersion(1, CharterStatus.DRAFT, null, 0, "a", NOW, null, false, List.of(fiftyPointZero), List.of()).contentHash());
  }
}
