package com.tierwise.charter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CellValidatorTest {

  @Test
  void everyBadCellIsNamedAndNothingIsKept() {
    List<CellInput> inputs =
        List.of(
            new CellInput("interest", "a", "Personal introduction", "ccbmx", "nps", new BigDecimal("50")),
            new CellInput("LUNCH", "D", " ", "CMO", "CSAT", "lots"),
            new CellInput("INTEREST", "A", "Again", "CCSX", "NPS", new BigDecimal("10")),
            new CellInput("RETURNS", "HIC", "Refund", "CCSX", "DETRACTOR_SHARE", new BigDecimal("120")));
    CellValidator.Outcome outcome = CellValidator.validate(inputs);
    assertTrue(outcome.cells().isEmpty());
    List<String> problems = outcome.errors().stream().map(CellValidator.CellError::toString).toList();
    assertEquals(8, problems.size(), problems.toString());
    assertTrue(problems.contains("[2]: The cell INTEREST × A appears twice"), problems.toString());
    assertTrue(problems.stream().anyMatch(p -> p.startsWith("[3] target: DETRACTOR_SHARE targets are from 0 to 100")), problems.toString());
  }

  @Test
  void goodCellsAreNormalised() {
    CellValidator.Outcome outcome =
        CellValidator.validate(List.of(new CellInput("pre-order", "hic", "  A named advisor  ", "ccsx", "follow_up_in_time", new BigDecimal("95.5"))));
    assertTrue(outcome.valid(), outcome.errors().toString());
    CharterCell cell = outcome.cells().get(0);
    assertEquals(LifecycleStage.PRE_ORDER, cell.stage());
    assertEquals(Segment.HIC, cell.segment());
    assertEquals("A named advisor", cell.desiredExperience());
    assertEquals(TargetMetric.FOLLOW_UP_IN_TIME, cell.metric());
  }
}
