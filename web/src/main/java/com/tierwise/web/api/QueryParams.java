package com.tierwise.web.api;

import java.util.List;
import java.util.Locale;

/** Query parameters several resources share, parsed once and refused with a reason (400). */
final class QueryParams {

  private static final List<String> TIERS = List.of("A", "B", "C", "UNTIERED");

  private QueryParams() {}

  /** A current-tier filter: A, B, C or UNTIERED in any case, or null when absent. */
  static String tier(String value) {
    return oneOf("tier", value, TIERS);
  }

  /** One of the allowed upper-case values (Locale.ROOT), or null when absent. */
  static String oneOf(String name, String value, List<String> allowed) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String normalised = value.trim().toUpperCase(Locale.ROOT);
    if (!allowed.contains(normalised)) {
      throw new InvalidRequestException(name + " must be " + String.join(", ", allowed));
    }
    return normalised;
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
