package com.tierwise.charter;

import static com.tierwise.charter.CharterVersionTest.cell;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tierwise.charter.CharterDiff.Change;
import com.tierwise.charter.CharterDiff.Kind;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CharterDiffTest {

  private static final CharterCell INTEREST_A = cell(LifecycleStage.INTEREST, Segment.A, "Personal introduction", ExperienceOwner.CCBMX, 50);
  private static final CharterCell RETURNS_HIC = cell(LifecycleStage.RETURNS, Segment.HIC, "Collected at home", ExperienceOwner.CCSX, 60);
  private static final CharterCell SUPPORT_C = cell(LifecycleStage.SUPPORT, Segment.C, "Self-service first", ExperienceOwner.CCSX, 10);

  @Test
  void addedChangedAndRemovedCellsInMatrixOrder() {
    CharterCell returnsChanged =
        new CharterCell(LifecycleStage.RETURNS, Segment.HIC, "Collected at home, refund the same day", ExperienceOwner.CCSX,
            TargetMetric.DETRACTOR_SHARE, new BigDecimal("10"));
    CharterCell orderB = cell(LifecycleStage.ORDER, Segment.B, "One-page checkout", ExperienceOwner.CCSX, 30);

    List<Change> changes = CharterDiff.between(List.of(SUPPORT_C, INTEREST_A, RETURNS_HIC), List.of(returnsChanged, INTEREST_A, orderB));

    assertEquals(3, changes.size(), changes.toString());
    assertEquals(Kind.ADDED, changes.get(0).kind());
    assertEquals(LifecycleStage.ORDER, changes.get(0).stage());
    assertNull(changes.get(0).before());
    assertEquals(Kind.CHANGED, changes.get(1).kind());
    assertEquals(List.of("desiredExperience", "metric", "target"), changes.get(1).fields());
    assertEquals(RETURNS_HIC, changes.get(1).before());
    assertEquals(returnsChanged, changes.get(1).after());
    assertEquals(Kind.REMOVED, changes.get(2).kind());
    assertEquals(Segment.C, changes.get(2).segment());
    assertNull(changes.get(2).after());
  }

  @Test
  void anOwnerChangeIsAChangeAndTheSameCellsAreNone() {
    CharterCell handedOver = cell(LifecycleStage.INTEREST, Segment.A, "Personal introduction", ExperienceOwner.CCSX, 50);
    List<Change> changes = CharterDiff.between(List.of(INTEREST_A), List.of(handedOver));
    assertEquals(1, changes.size());
    assertEquals(List.of("owner"), changes.get(0).fields());
    CharterCell sameWithScale =
        new CharterCell(LifecycleStage.INTEREST, Segment.A, "Personal introduction", ExperienceOwner.CCBMX, TargetMetric.NPS, new BigDecimal("50.00"));
    assertTrue(CharterDiff.between(List.of(INTEREST_A), List.of(sameWithScale)).isEmpty());
  }

  @Test
  void theFirstVersionAddsEveryCell() {
    List<Change> changes = CharterDiff.between(List.of(), List.of(INTEREST_A, SUPPORT_C));
    assertEquals(List.of(Kind.ADDED, Kind.ADDED), changes.stream().map(Change::kind).toList());
  }
}
