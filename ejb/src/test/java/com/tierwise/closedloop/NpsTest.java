package com.tierwise.closedloop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class NpsTest {

  @Test
  void noResponsesHaveNoScore() {
    Nps none = Nps.of(0, 0, 0);
    assertEquals(0, none.responses());
    assertNull(none.nps());
  }

  @Test
  void onlyPassivesScoreZero() {
    Nps passives = Nps.ofScores(7, 8, 7);
    assertEquals(3, passives.passives());
    assertEquals(0.0, passives.nps());
  }

  @Test
  void categoriesFollowTheScaleBoundaries() {
    assertEquals(Nps.Category.DETRACTOR, Nps.Category.of(0));
    assertEquals(Nps.Category.DETRACTOR, Nps.Category.of(6));
    assertEquals(Nps.Category.PASSIVE, Nps.Category.of(7));
    assertEquals(Nps.Category.PASSIVE, Nps.Category.of(8));
    assertEquals(Nps.Category.PROMOTER, Nps.Category.of(9));
    assertEquals(Nps.Category.PROMOTER, Nps.Category.of(10));
    assertThrows(IllegalArgumentException.class, () -> Nps.Category.of(11));
    assertThrows(IllegalArgumentException.class, () -> Nps.Category.of(-1));
  }

  @Test
  void scoreIsHundredTimesPromotersMinusDetractorsOverResponses() {
    Nps nps = Nps.ofScores(10, 9, 8, 3, 0);
    assertEquals(5, nps.responses());
    assertEquals(2, nps.promoters());
    assertEquals(1, nps.passives());
    assertEquals(2, nps.detractors());
    assertEquals(0.0, nps.nps());
    assertEquals(100.0, Nps.ofScores(9, 10).nps());
    assertEquals(-100.0, Nps.ofScores(0, 6).nps());
    assertEquals(-50.0, Nps.ofScores(6, 7).nps());
  }

  @Test
  void scoreKeepsFullPrecision() {
    // One promoter among three responses: 33.333... with no rounding to a fixed number of places.
    assertEquals(100.0 / 3, Nps.ofScores(9, 7, 8).nps());
    assertEquals(-100.0 * 2 / 3, Nps.of(0, 1, 2).nps());
  }
}
