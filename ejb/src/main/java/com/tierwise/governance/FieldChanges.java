package com.tierwise.governance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The difference of two states of a record (field name to value), as the fields that changed. */
public final class FieldChanges {

  private FieldChanges() {}

  /**
   * The fields whose value differs, in the order of the later state (then fields only the earlier
   * one has). A null state is a record that did not exist: every non-null field of the other
   * counts as changed. Numbers compare by value, so 60 and 60.0 are the same.
   */
  public static List<FieldChange> between(Map<String, ?> before, Map<String, ?> after) {
    Map<String, ?> earlier = before == null ? Map.of() : before;
    Map<String, ?> later = after == null ? Map.of() : after;
    Set<String> fields = new LinkedHashSet<>(later.keySet());
    fields.addAll(earlier.keySet());
    List<FieldChange> changes = new ArrayList<>();
    for (String field : fields) {
      Object was = earlier.get(field);
      Object is = later.get(field);
      if (!same(was, is)) {
        changes.add(new FieldChange(field, was, is));
      }
    }
    return changes;
  }

  private static boolean same(Object a, Object b) {
    if (a instanceof java.math.BigDecimal x && b instanceof java.math.BigDecimal y) {
      return x.compareTo(y) == 0;
    }
    return Objects.equals(a, b);
  }
}
