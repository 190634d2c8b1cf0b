package com.tierwise.organisation.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tierwise.charter.LifecycleStage;
import com.tierwise.closedloop.Touchpoint;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Journey-map validation and the stages x owners grid. */
class JourneyTest {

  @Test
  void aTouchpointNeedsAStageAnOwnerAndANameOrASurveyedTouchpoint() {
    assertEquals(List.of(), JourneyValidator.problems(new JourneyDraft("returns", null, "Returns desk", "ccsx", null, 0, List.of(7L)), Set.of(7L)));
    assertEquals(List.of(), JourneyValidator.problems(new JourneyDraft("PRE-ORDER", "SALES_CALL", null, "CCBMX", "SALES_CALL", null, null), Set.of()));
    List<String> problems =
        JourneyValidator.problems(new JourneyDraft("CHECKOUT", " ", null, "CFO", "PHONE", -1, List.of(7L, 8L, 7L)), Set.of(7L));
    assertTrue(problems.stream().anyMatch(p -> p.startsWith("stage: must be INTEREST")), problems.toString());
    assertTrue(problems.stream().anyMatch(p -> p.startsWith("label: name the touchpoint")), problems.toString());
    assertTrue(problems.stream().anyMatch(p -> p.startsWith("owner: must be CCBMX")), problems.toString());
    assertTrue(problems.stream().anyMatch(p -> p.startsWith("survey: must name")), problems.toString());
    assertTrue(problems.stream().anyMatch(p -> p.startsWith("position:")), problems.toString());
    assertTrue(problems.contains("personaIds[1]: there is no persona 8"), problems.toString());
    assertTrue(problems.contains("personaIds[2]: persona 7 is listed twice"), problems.toString());
  }

  private static JourneyEntry entry(long id, LifecycleStage stage, JourneyOwner owner, int position) {
    return new JourneyEntry(
        new JourneyTouchpoint(id, stage, Touchpoint.SERVICE_CALL, null, owner, null, position, List.of(), "a", Instant.EPOCH),
        List.of(), null, null);
  }

  @Test
  void theGridHasEveryStageForEveryOwnerInLifecycleOrder() {
    JourneyGrid grid =
        JourneyGrid.of(
            List.of(
                entry(1, LifecycleStage.SUPPORT, JourneyOwner.CCSX, 2),
                entry(2, LifecycleStage.SUPPORT, JourneyOwner.CCSX, 1),
                entry(3, LifecycleStage.INTEREST, JourneyOwner.CCBMX, 0)));
    assertEquals(List.of(LifecycleStage.values()), grid.stages());
    assertEquals(List.of(JourneyOwner.CCBMX, JourneyOwner.CCSX), grid.lanes().stream().map(JourneyGrid.Lane::owner).toList());
    grid.lanes().forEach(lane -> assertEquals(6, lane.cells().size()));
    JourneyGrid.Cell support = grid.lanes().get(1).cells().get(5);
    assertEquals(LifecycleStage.SUPPORT, support.stage());
    assertEquals(List.of(2L, 1L), support.entries().stream().map(e -> e.touchpoint().id()).toList());
    assertEquals(1, grid.lanes().get(0).cells().get(0).entries().size());
    assertTrue(grid.lanes().get(0).cells().get(5).entries().isEmpty());
  }
}
