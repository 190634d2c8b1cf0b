package com.tierwise.web.portal.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tierwise.tiering.TieringPolicy;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PolicyFormTest {

  @Test
  void theFormGivesBackThePolicyItWasMadeFrom() {
    PolicyForm form = PolicyForm.of(TieringPolicy.DEFAULT);
    assertEquals(0, new BigDecimal("80").compareTo(form.getMinCoveragePercent()), "coverage in percent");
    assertEquals("HIGH", form.getRows().get(0).getBusiness());
    assertEquals("B", form.getRows().get(0).getCells().get(0).getTier());
    TieringPolicy back = form.toPolicy();
    assertEquals(TieringPolicy.DEFAULT.grid(), back.grid());
    assertEquals(0, TieringPolicy.DEFAULT.minCoverage().compareTo(back.minCoverage()));
    assertTrue(back.problems().isEmpty(), back.problems().toString());
  }

  @Test
  void editsReachThePolicy() {
    PolicyForm form = PolicyForm.of(TieringPolicy.DEFAULT);
    form.setCxHigh(new BigDecimal("90"));
    form.getRows().get(2).getCells().get(2).setTier("A");
    TieringPolicy edited = form.toPolicy();
    assertEquals(new BigDecimal("90"), edited.cxCuts().high());
    assertEquals("BAABBACCA", edited.grid().code());
    assertFalse(form.cutsOutOfOrder());
    form.setBusinessLow(new BigDecimal("96"));
    assertTrue(form.cutsOutOfOrder());
  }
}
