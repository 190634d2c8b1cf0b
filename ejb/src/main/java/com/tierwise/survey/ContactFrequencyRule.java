package com.tierwise.survey;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Do not survey the same customer more than once in a window (DOMAIN.md 3: no badly-timed
 * surveys): a customer invited or heard from less than {@code window} ago is not invited again.
 */
public record ContactFrequencyRule(Duration window) {

  public ContactFrequencyRule {
    Objects.requireNonNull(window, "window");
    if (window.isNegative()) {
      throw new IllegalArgumentException("The contact window cannot be negative: " + window);
    }
  }

  public static ContactFrequencyRule days(int days) {
    return new ContactFrequencyRule(Duration.ofDays(days));
  }

  /** The answer for one customer: allowed, or skipped with the reason and when to try again. */
  public record Decision(boolean allowed, String reason, Instant nextAllowedAt) {
    static Decision allow() {
      return new Decision(true, null, null);
    }
  }

  /**
   * @param lastInvitedAt the customer's latest invitation, if any
   * @param lastRespondedAt the customer's latest survey response (any channel), if any
   */
  public Decision check(Optional<Instant> lastInvitedAt, Optional<Instant> lastRespondedAt, Instant now) {
    if (window.isZero()) {
      return Decision.allow();
    }
    Instant invitedUntil = lastInvitedAt.map(at -> at.plus(window)).orElse(null);
    Instant respondedUntil = lastRespondedAt.map(at -> at.plus(window)).orElse(null);
    // The later of the two contacts decides; contacts in the future (clock skew) count as now.
    Instant until = later(invitedUntil, respondedUntil);
    if (until == null || !until.isAfter(now)) {
      return Decision.allow();
    }
    boolean byInvitation = invitedUntil != null && invitedUntil.equals(until);
    String reason =
        (byInvitation
                ? "The customer was invited to a survey on " + lastInvitedAt.orElseThrow()
                : "The customer answered a survey on " + lastRespondedAt.orElseThrow())
            + "; customers are surveyed at most once every " + window.toDays() + " days (next from "
            + until + ")";
    return new Decision(false, reason, until);
  }

  private static Instant later(Instant a, Instant b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return a.isAfter(b) ? a : b;
  }
}
