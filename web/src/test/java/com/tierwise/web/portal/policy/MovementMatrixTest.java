package com.tierwise.web.portal.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tierwise.tiering.Movement;
import com.tierwise.tiering.TieringRunSummary;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MovementMatrixTest {

  @Test
  void rowsAreTheTiersBeforeAndColumnsTheTiersAfter() {
    MovementMatrix matrix =
        MovementMatrix.of(
            List.of(
                new Movement("A", "A", 2),
                new Movement("B", "A", 1),
                new Movement("B", "B", 7),
                new Movement("C", "C", 11),
                new Movement("UNTIERED", "UNTIERED", 1),
                new Movement("NONE", "C", 3)));

    assertEquals(List.of("A", "B", "C", "UNTIERED", "NONE"), matrix.rows().stream().map(MovementMatrix.Row::from).toList());
    for (MovementMatrix.Row row : matrix.rows()) {
      assertEquals(List.of("A", "B", "C", "UNTIERED"), row.cells().stream().map(MovementMatrix.Cell::to).toList());
    }
    MovementMatrix.Row b = matrix.rows().get(1);
    assertEquals(1, b.cells().get(0).customers(), "B to A");
    assertEquals(7, b.cells().get(1).customers(), "B stays B");
    assertEquals(0, b.cells().get(2).customers(), "no movement listed is zero");
    assertEquals(8, b.total());
    assertEquals(3, matrix.rows().get(4).cells().get(2).customers(), "new customers into C");
    assertEquals(1, matrix.moved(), "only B to A changed tier; new customers are not counted as moves");
  }

  @Test
  void aCellIsChangedWhenItsTiersDiffer() {
    assertTrue(new MovementMatrix.Cell("B", "A", 1).changed());
    assertFalse(new MovementMatrix.Cell("C", "C", 1).changed());
  }

  @Test
  void noMovementsGiveAllZeros() {
    MovementMatrix matrix = MovementMatrix.of(List.of());
    assertEquals(5, matrix.rows().size());
    assertTrue(matrix.rows().stream().flatMap(row -> row.cells().stream()).allMatch(cell -> cell.customers() == 0));
    assertEquals(0, matrix.moved());
  }

  @Test
  void countsSitBesideTheCurrentRun() {
    TieringRunSummary before = run(Map.of("A", 2L, "B", 8L, "C", 11L, "UNTIERED", 1L));
    TieringRunSummary after = run(Map.of("A", 3L, "B", 7L, "C", 11L, "UNTIERED", 1L));
    List<MovementMatrix.TierCount> counts = MovementMatrix.counts(before, after);
    assertEquals(List.of("A", "B", "C", "UNTIERED"), counts.stream().map(MovementMatrix.TierCount::tier).toList());
    assertEquals(1, counts.get(0).change());
    assertEquals(-1, counts.get(1).change());
    assertEquals(0, MovementMatrix.counts(null, after).get(0).before(), "no run yet");
  }

  private static TieringRunSummary run(Map<String, Long> counts) {
    Instant now = Instant.parse("2026-01-01T00:00:00Z");
    return new TieringRunSummary(
        1, null, null, "admin", now, now, 22, 22, 21, BigDecimal.TEN, counts, List.of(), List.of(), List.of(), 0);
  }
}
