package com.tierwise.web.portal.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RunOverviewTest {

  @Test
  void heatIsTheQuarterOfTheFullestCell() {
    assertEquals(0, RunOverview.heat(0, 100));
    assertEquals(1, RunOverview.heat(1, 100));
    assertEquals(1, RunOverview.heat(25, 100));
    assertEquals(2, RunOverview.heat(26, 100));
    assertEquals(4, RunOverview.heat(100, 100));
  }

  @Test
  void valueShareIsAgainstTheRunsTotal() {
    assertEquals(0, new BigDecimal("0.25").compareTo(RunOverview.share(new BigDecimal("25"), new BigDecimal("100"))));
    assertEquals(0, BigDecimal.ZERO.compareTo(RunOverview.share(null, new BigDecimal("100"))));
    assertNull(RunOverview.share(BigDecimal.ONE, BigDecimal.ZERO), "no share of a zero total");
  }
}
