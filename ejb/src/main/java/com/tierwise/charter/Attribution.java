package com.tierwise.charter;

import java.util.Locale;
import java.util.Optional;

/**
 * Whose half of the experience a piece of feedback or a follow-up outcome points at: the marketing
 * journey (expectations, brand, website: the CCBMX) or service (pre-sale help, fulfilment,
 * support: the CCSX). "Browse but no purchase" and "returns" are answered by counting these.
 */
public enum Attribution {
  MARKETING,
  SERVICE;

  public static Optional<Attribution> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String name = text.trim().toUpperCase(Locale.ROOT);
    for (Attribution attribution : values()) {
      if (attribution.name().equals(name)) {
        return Optional.of(attribution);
      }
    }
    return Optional.empty();
  }

  public static String choices() {
    return "MARKETING or SERVICE";
  }
}
