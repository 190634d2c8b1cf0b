package com.tierwise.web.portal.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AllocationViewTest {

  @Test
  void problemsNameTheLineOfThePastedText() {
    assertEquals(
        List.of("line 7 (externalId): unknown customer X-9", "available is required (a whole number of units, 0 or more)"),
        AllocationView.lines(
            List.of("requests[2].externalId: unknown customer X-9", "available is required (a whole number of units, 0 or more)"),
            List.of(1, 3, 7)));
  }
}
