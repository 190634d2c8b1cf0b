package com.tierwise.tiering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParetoCurveTest {

  private static ParetoCurve.Slice slice(long customers, long value) {
    return new ParetoCurve.Slice(customers, BigDecimal.valueOf(value));
  }

  @Test
  void classicEightyTwentyIsFound() {
    // 10 slices of 10 customers: the first two hold 80 of 100.
    List<ParetoCurve.Slice> slices =
        List.of(slice(10, 50), slice(10, 30), slice(10, 5), slice(10, 5), slice(10, 2),
            slice(10, 2), slice(10, 2), slice(10, 2), slice(10, 1), slice(10, 1));
    ParetoCurve curve = ParetoCurve.of(slices);
    assertEquals(0.8, curve.topFifthShare(), 1e-9);
    assertEquals(0.2, curve.customersForFourFifths(), 1e-9);
    assertEquals(11, curve.points().size());
    assertEquals(new ParetoCurve.Point(1.0, 1.0), curve.points().get(10));
  }

  @Test
  void interpolatesInsideTheSliceThatCrossesTheMark() {
    // One slice of 10 customers holding everything: the top 20% hold 20% of it.
    ParetoCurve curve = ParetoCurve.of(List.of(slice(10, 100)));
    assertEquals(0.2, curve.topFifthShare(), 1e-9);
    assertEquals(0.8, curve.customersForFourFifths(), 1e-9);
  }

  @Test
  void lossMakersCountInTheTotal() {
    ParetoCurve curve = ParetoCurve.of(List.of(slice(1, 120), slice(1, 0), slice(3, -20)));
    assertEquals(1.2, curve.points().get(1).valueShare(), 1e-9);
    assertEquals(1.0, curve.points().get(3).valueShare(), 1e-9);
    assertEquals(0.2, curve.customersForFourFifths() * 1, 0.2 * 0.8 / 1.2 + 1e-9);
  }

  @Test
  void noPositiveTotalMeansNoCurve() {
    assertNull(ParetoCurve.of(List.of(slice(3, -5), slice(2, 0))).topFifthShare());
    assertEquals(ParetoCurve.EMPTY, ParetoCurve.of(List.of()));
  }
}
