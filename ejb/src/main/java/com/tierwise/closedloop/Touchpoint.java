package com.tierwise.closedloop;

import com.tierwise.charter.LifecycleStage;
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

  /**
   * The lifecycle stage a response at this touchpoint is about, unless the sender says otherwise:
   * a website visit is interest, a sales call pre-order, after a purchase the order, a service
   * call support. Fulfilment and returns are only ever stated (or found by the follow-up call).
   */
  public LifecycleStage defaultStage() {
    return switch (this) {
      case WEBSITE_VISIT -> LifecycleStage.INTEREST;
      case SALES_CALL -> LifecycleStage.PRE_ORDER;
      case AFTER_PURCHASE -> LifecycleStage.ORDER;
      case SERVICE_CALL -> LifecycleStage.SUPPORT;
    };
  }

  /** "AFTER_PURCHASE, WEBSITE_VISIT, SERVICE_CALL or SALES_CALL", for error messages. */
  public static String choices() {
    return "AFTER_PURCHASE, WEBSITE_VISIT, SERVICE_CALL or SALES_CALL";
  }
}
