package com.tierwise.charter;

import java.util.Locale;
import java.util.Optional;

/**
 * The customer lifecycle stages of the experience charter (DOMAIN.md section 5), in the order a
 * customer passes through them. Feedback, follow-up outcomes and journey-map touchpoints are
 * attributed to one of these.
 */
public enum LifecycleStage {
  INTEREST,
  PRE_ORDER,
  ORDER,
  FULFILMENT,
  RETURNS,
  SUPPORT;

  /** Parses the name case-insensitively; empty when it is none of the stages. */
  public static Optional<LifecycleStage> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String name = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    for (LifecycleStage stage : values()) {
      if (stage.name().equals(name)) {
        return Optional.of(stage);
      }
    }
    return Optional.empty();
  }

  /** "INTEREST, PRE_ORDER, ORDER, FULFILMENT, RETURNS or SUPPORT", for error messages. */
  public static String choices() {
    return "INTEREST, PRE_ORDER, ORDER, FULFILMENT, RETURNS or SUPPORT";
  }
}
