package com.tierwise.tiering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TierExplanationTest {

  private static final PolicyVersion POLICY =
      new PolicyVersion(1, 3, TieringPolicy.DEFAULT, "admin", Instant.EPOCH);

  private static Assignment assignment(Tier tier, Tier computed, Band business, Band cx) {
    return new Assignment(
        7, Instant.EPOCH, 1, tier, computed, BigDecimal.TEN, BigDecimal.ONE, 96.0, 40.0, business, cx);
  }

  @Test
  void theGridExplainsAComputedTier() {
    TierExplanation why = TierExplanation.of(assignment(Tier.B, Tier.B, Band.HIGH, Band.LOW), POLICY);
    assertEquals(TierExplanation.COMPUTED, why.source());
    assertEquals(Tier.B, why.cellTier());
    assertTrue(why.text().endsWith("gives tier B."), why.text());
  }

  @Test
  void anOverrideIsNamedAsTheReasonWhenItDiffersFromTheGrid() {
    TierExplanation why = TierExplanation.of(assignment(Tier.A, Tier.B, Band.HIGH, Band.LOW), POLICY);
    assertEquals(TierExplanation.OVERRIDDEN, why.source());
    assertEquals(Tier.B, why.cellTier(), "the grid's own answer stays visible");
    assertEquals(Tier.A, why.tier());
    assertTrue(why.text().endsWith("An approved override sets tier A instead."), why.text());
  }

  @Test
  void anOverrideCanTierACustomerTheGridCannot() {
    TierExplanation why = TierExplanation.of(assignment(Tier.C, null, Band.LOW, null), POLICY);
    assertEquals(TierExplanation.OVERRIDDEN, why.source());
  }

  @Test
  void aMissingMetricWithoutOverrideGivesNoTier() {
    TierExplanation why = TierExplanation.of(assignment(null, null, Band.LOW, null), POLICY);
    assertEquals(TierExplanation.MISSING_METRIC, why.source());
  }
}
