package com.tierwise.silo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CohenKappaTest {

  private static List<String[]> pairs(String a, String b, int times, List<String[]> into) {
    for (int i = 0; i < times; i++) {
      into.add(new String[] {a, b});
    }
    return into;
  }

  @Test
  void theTextbookExample() {
    // Two readers of 50 applications: yes/yes 20, yes/no 5, no/yes 10, no/no 15 (Wikipedia).
    List<String[]> data = new ArrayList<>();
    pairs("YES", "YES", 20, data);
    pairs("YES", "NO", 5, data);
    pairs("NO", "YES", 10, data);
    pairs("NO", "NO", 15, data);
    Agreement agreement = CohenKappa.of("SALES", "SERVICE", data);
    assertEquals(50, agreement.customers());
    assertEquals(List.of("NO", "YES"), agreement.labels());
    assertArrayEquals(new long[] {15, 10}, agreement.matrix()[0]);
    assertArrayEquals(new long[] {5, 20}, agreement.matrix()[1]);
    assertEquals(0.7, agreement.observed(), 1e-12);
    assertEquals(0.5, agreement.expected(), 1e-12);
    assertEquals(0.4, agreement.kappa(), 1e-12);
  }

  @Test
  void perfectAgreementIsOneAndSystematicDisagreementIsNegative() {
    List<String[]> same = new ArrayList<>();
    pairs("A", "A", 3, same);
    pairs("B", "B", 2, same);
    assertEquals(1.0, CohenKappa.of("x", "y", same).kappa(), 1e-12);

    List<String[]> opposite = new ArrayList<>();
    pairs("A", "B", 5, opposite);
    pairs("B", "A", 5, opposite);
    assertEquals(-1.0, CohenKappa.of("x", "y", opposite).kappa(), 1e-12);
  }

  @Test
  void oneSharedLabelIsCompleteAgreementAndNoCommonCustomersIsUndefined() {
    assertEquals(1.0, CohenKappa.of("x", "y", pairs("A", "A", 4, new ArrayList<>())).kappa());
    assertNull(CohenKappa.of("x", "y", List.of()).kappa());
  }
}
