package com.tierwise.closedloop;

import java.util.Locale;
import java.util.Optional;

/** The main touchpoints where the NPS question is asked (DOMAIN.md section 4). */
public enum Touchpoint {
  AFTER_PURCHASE,
  WEBSITE_VISIT,
  SERVICE_CALL,
  SALES_CALL;

  /** Parses the name case-insensitively; empty when it is none of the four. */
  public static Optional<Touchpoint> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String name = text.trim().toUpperCase(Locale.ROOT);
    for (Touchpoint touchpoint : values()) {
      if (touchpoint.name().equals(name)) {
        return Optional.of(touchpoint);
      }
    }
    return Optional.empty();
  }

  /** "AFTER_PURCHASE, WEBSITE_VISIT, SERVICE_CALL or SALES_CALL", for error messages. */
  public static String choices() {
    return "AFTER_PURCHASE, WEBSITE_VISIT, SERVICE_CALL or SALES_CALL";
  }
}
