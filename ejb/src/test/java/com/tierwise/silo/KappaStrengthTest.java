package com.tierwise.silo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class KappaStrengthTest {

  @Test
  void landisAndKochBands() {
    assertEquals(KappaStrength.UNDEFINED, KappaStrength.of(null));
    assertEquals(KappaStrength.POOR, KappaStrength.of(-0.05));
    assertEquals(KappaStrength.SLIGHT, KappaStrength.of(0.0));
    assertEquals(KappaStrength.SLIGHT, KappaStrength.of(0.20));
    assertEquals(KappaStrength.FAIR, KappaStrength.of(0.21));
    assertEquals(KappaStrength.MODERATE, KappaStrength.of(0.60));
    assertEquals(KappaStrength.SUBSTANTIAL, KappaStrength.of(0.61));
    assertEquals(KappaStrength.ALMOST_PERFECT, KappaStrength.of(0.81));
    assertEquals(KappaStrength.ALMOST_PERFECT, KappaStrength.of(1.0));
  }
}
