package com.tierwise.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AllocationTest {

  private static final List<Claimant> CLAIMANTS =
      List.of(
          new Claimant(0, "C-low", 30, "C", 4, 10.0),
          new Claimant(1, "A-mid", 40, "A", 2, 96.0),
          new Claimant(2, "HIC", 50, "HIC", 1, 40.0),
          new Claimant(3, "A-top", 40, "A", 2, 99.5),
          new Claimant(4, "untiered", 10, "UNTIERED", 5, null));

  @Test
  void hicFirstThenTiersWithTiesByBusinessPercentileAndAPartialFillForTheLastServed() {
    Allocation.Result result = Allocation.allocate(120, CLAIMANTS);
    List<Allocation.Line> lines = result.lines();
    assertEquals(List.of("C-low", "A-mid", "HIC", "A-top", "untiered"),
        lines.stream().map(Allocation.Line::externalId).toList(), "lines keep the order of the request");
    assertEquals(List.of(4, 3, 1, 2, 5), lines.stream().map(Allocation.Line::rank).toList());
    assertEquals(List.of(0L, 30L, 50L, 40L, 0L), lines.stream().map(Allocation.Line::allocated).toList());
    assertEquals(170, result.requested());
    assertEquals(120, result.allocated());
    assertEquals(0, result.remaining());
    assertTrue(lines.get(1).reason().contains("partly allocated, 30 of 40"), lines.get(1).reason());
    assertTrue(lines.get(2).reason().startsWith("HIC (priority 1)"), lines.get(2).reason());
    assertTrue(lines.get(2).reason().endsWith("served 1st; fully allocated"), lines.get(2).reason());
    assertTrue(lines.get(0).reason().contains("nothing left"), lines.get(0).reason());
  }

  @Test
  void enoughForEveryoneLeavesTheRest() {
    Allocation.Result result = Allocation.allocate(1000, CLAIMANTS);
    assertEquals(170, result.allocated());
    assertEquals(830, result.remaining());
    assertTrue(result.lines().stream().allMatch(l -> l.allocated() == l.requested()));
  }

  @Test
  void unknownPercentilesComeAfterKnownOnesAndEqualOnesKeepRequestOrder() {
    Allocation.Result result =
        Allocation.allocate(
            15,
            List.of(
                new Claimant(0, "B-unknown", 10, "B", 3, null),
                new Claimant(1, "B-first", 10, "B", 3, 50.0),
                new Claimant(2, "B-second", 10, "B", 3, 50.0)));
    assertEquals(List.of(0L, 10L, 5L), result.lines().stream().map(Allocation.Line::allocated).toList());
    assertEquals(List.of(3, 1, 2), result.lines().stream().map(Allocation.Line::rank).toList());
  }

  @Test
  void requestsReportEveryBadField() {
    AllocationRequest bad =
        new AllocationRequest(-1L, List.of(new AllocationRequest.Item("X", 0L), new AllocationRequest.Item("X", null),
            new AllocationRequest.Item(" ", 5L)));
    assertEquals(
        List.of(
            "available must not be negative",
            "requests[0].quantity must be positive, not 0",
            "requests[1].externalId X appears more than once",
            "requests[1].quantity is required",
            "requests[2].externalId is required"),
        bad.problems());
  }
}
