package com.tierwise.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tierwise.allocation.AllocationText.LineProblem;
import com.tierwise.allocation.AllocationText.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class AllocationTextTest {

  @Test
  void readsTabsCommasAndSemicolonsSkipsBlankLinesAndAHeader() {
    AllocationText.Parsed parsed =
        AllocationText.parse("external_id\tquantity\nC-1\t30\n\nİSTANBUL-7, 12\r\nشرکت-3;1 000\n");
    assertEquals(
        List.of(new AllocationRequest.Item("C-1", 30L), new AllocationRequest.Item("İSTANBUL-7", 12L),
            new AllocationRequest.Item("شرکت-3", 1000L)),
        parsed.items());
    assertEquals(List.of(2, 4, 5), parsed.lines());
    assertEquals(List.of(), parsed.problems());
  }

  @Test
  void everyBadLineIsReportedWithItsNumber() {
    AllocationText.Parsed parsed = AllocationText.parse("C-1\t30\nC-2\nC-3\tten\nC-4\t0\nC-1\t5\nC-5\t2.5\n");
    assertEquals(List.of(new AllocationRequest.Item("C-1", 30L)), parsed.items());
    assertEquals(
        List.of(
            new LineProblem(2, Problem.MISSING_QUANTITY, "C-2"),
            new LineProblem(3, Problem.NOT_A_WHOLE_NUMBER, "ten"),
            new LineProblem(4, Problem.NOT_POSITIVE, "0"),
            new LineProblem(5, Problem.DUPLICATE_CUSTOMER, "C-1"),
            new LineProblem(6, Problem.NOT_A_WHOLE_NUMBER, "2.5")),
        parsed.problems());
  }

  @Test
  void onlyAFirstLineNamingTheColumnsIsAHeader() {
    assertEquals(List.of(new LineProblem(1, Problem.NOT_A_WHOLE_NUMBER, "ten")),
        AllocationText.parse("C-1;ten\nC-2;3").problems(), "a customer with a bad quantity is never skipped");
    assertEquals(List.of(new LineProblem(2, Problem.NOT_A_WHOLE_NUMBER, "quantity")),
        AllocationText.parse("C-1,4\nexternal_id,quantity").problems());
    assertEquals(List.of(new AllocationRequest.Item("C-2", 3L)), AllocationText.parse("ID;qty\nC-2;3").items());
  }

  @Test
  void nothingToReadIsEmpty() {
    assertEquals(List.of(), AllocationText.parse(null).items());
    assertEquals(List.of(), AllocationText.parse(" \n\n").items());
  }
}
