package com.tierwise.charter;

import java.util.Locale;
import java.util.Optional;

/**
 * The two customer-experience executives (DOMAIN.md section 3): the chief customer brand and
 * marketing experience officer and the chief customer service experience officer. Each owns cells
 * of the charter, and both must sign it. The names are also the users' role names.
 */
public enum ExperienceOwner {
  CCBMX,
  CCSX;

  public static Optional<ExperienceOwner> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String name = text.trim().toUpperCase(Locale.ROOT);
    for (ExperienceOwner owner : values()) {
      if (owner.name().equals(name)) {
        return Optional.of(owner);
      }
    }
    return Optional.empty();
  }

  /** The half of the experience this executive delivers. */
  public Attribution half() {
    return this == CCBMX ? Attribution.MARKETING : Attribution.SERVICE;
  }
}
