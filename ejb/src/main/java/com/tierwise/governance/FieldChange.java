package com.tierwise.governance;

/** One field of an audited record that a change moved from one value to another (null: absent). */
public record FieldChange(String field, Object before, Object after) {

  /** For people: "status: PENDING → APPROVED", a missing value as "—". */
  public String describe() {
    return field + ": " + shown(before) + " → " + shown(after);
  }

  private static String shown(Object value) {
    return value == null ? "—" : String.valueOf(value);
  }
}
