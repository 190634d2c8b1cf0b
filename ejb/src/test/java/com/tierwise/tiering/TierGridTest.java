package com.tierwise.tiering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TierGridTest {

  @Test
  void theDefaultGridIsTheSeedsDraft() {
    TierGrid grid = TierGrid.DEFAULT;
    assertEquals(Tier.A, grid.tierOf(Band.HIGH, Band.MID), "top 5% business with median CX");
    assertEquals(Tier.A, grid.tierOf(Band.MID, Band.HIGH), "top half business with top 5% CX");
    assertEquals(Tier.B, grid.tierOf(Band.HIGH, Band.LOW));
    assertEquals(Tier.B, grid.tierOf(Band.LOW, Band.HIGH));
    assertEquals(Tier.C, grid.tierOf(Band.LOW, Band.MID));
    assertEquals("BAABBACCB", grid.code());
  }

  @Test
  void theJsonShapeRoundTrips() {
    List<String> problems = new ArrayList<>();
    TierGrid parsed = TierGrid.fromMap(TierGrid.DEFAULT.toMap(), problems);
    assertEquals(List.of(), problems);
    assertEquals(TierGrid.DEFAULT, parsed);
  }

  @Test
  void everyBadCellIsReported() {
    Map<String, Map<String, String>> rows = new LinkedHashMap<>(TierGrid.DEFAULT.toMap());
    rows.put("MID", Map.of("LOW", "B", "MID", "X"));
    rows.put("TOP", Map.of());
    List<String> problems = new ArrayList<>();
    assertNull(TierGrid.fromMap(rows, problems));
    assertTrue(problems.contains("grid.MID.MID must be \"A\", \"B\" or \"C\""), problems.toString());
    assertTrue(problems.contains("grid.MID.HIGH must be \"A\", \"B\" or \"C\""), problems.toString());
    assertTrue(problems.stream().anyMatch(p -> p.contains("\"TOP\"")), problems.toString());
  }

  @Test
  void aPolicyListsEveryProblem() {
    TieringPolicy policy =
        new TieringPolicy(Cuts.of(95, 50), Cuts.of(50, 95), TierGrid.DEFAULT, new java.math.BigDecimal("1.2"));
    assertEquals(2, policy.problems().size(), policy.problems().toString());
    assertEquals(List.of(), TieringPolicy.DEFAULT.problems());
    assertNull(TieringPolicy.DEFAULT.tierOf(null, Band.HIGH), "missing a metric means no tier");
  }
}
