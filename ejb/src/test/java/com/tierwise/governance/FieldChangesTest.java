package com.tierwise.governance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldChangesTest {

  private static Map<String, Object> state(Object... pairs) {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      fields.put((String) pairs[i], pairs[i + 1]);
    }
    return fields;
  }

  @Test
  void onlyTheFieldsThatDifferAreChanges() {
    assertEquals(
        List.of(new FieldChange("status", "PENDING", "APPROVED"), new FieldChange("decidedBy", null, "board")),
        FieldChanges.between(
            state("status", "PENDING", "tier", "A", "decidedBy", null),
            state("status", "APPROVED", "tier", "A", "decidedBy", "board")));
  }

  @Test
  void aNewRecordChangesEveryFieldItHas() {
    assertEquals(
        List.of(new FieldChange("status", null, "PENDING"), new FieldChange("tier", null, "A")),
        FieldChanges.between(null, state("status", "PENDING", "tier", "A", "decidedBy", null)));
  }

  @Test
  void fieldsOnlyTheEarlierStateHasComeLast() {
    assertEquals(
        List.of(new FieldChange("b", 2, 3), new FieldChange("a", 1, null)),
        FieldChanges.between(state("a", 1, "b", 2), state("b", 3)));
  }

  @Test
  void decimalsCompareByValue() {
    Map<String, Object> before = new HashMap<>();
    before.put("cut", new BigDecimal("50.0000"));
    assertEquals(List.of(), FieldChanges.between(before, Map.of("cut", new BigDecimal("50"))));
  }

  @Test
  void identicalStatesHaveNoChanges() {
    assertEquals(List.of(), FieldChanges.between(state("x", true), state("x", true)));
  }

  @Test
  void aChangeDescribesItselfForPeople() {
    assertEquals("status: PENDING → APPROVED", new FieldChange("status", "PENDING", "APPROVED").describe());
    assertEquals("decidedBy: — → board", new FieldChange("decidedBy", null, "board").describe());
  }
}
