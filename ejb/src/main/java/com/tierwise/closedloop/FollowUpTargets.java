package com.tierwise.closedloop;

import com.tierwise.tiering.Tier;
import java.time.Duration;
import java.time.Instant;

/**
 * How soon the closed loop acts on a response, by the customer's treatment: a high-impact or
 * tier-A detractor is called back within hours, a C customer within days (DOMAIN.md 2 and 4).
 */
public final class FollowUpTargets {

  public static final Duration HIC_OR_TIER_A_CALL = Duration.ofHours(4);
  public static final Duration TIER_B_CALL = Duration.ofDays(1);
  /** Tier C and customers without a tier. */
  public static final Duration OTHER_CALL = Duration.ofDays(3);
  public static final Duration TESTIMONIAL_REQUEST = Duration.ofDays(7);

  private FollowUpTargets() {}

  public static Duration target(TaskType type, Tier tier, boolean hic) {
    if (type == TaskType.TESTIMONIAL_REQUEST) {
      return TESTIMONIAL_REQUEST;
    }
    if (hic || tier == Tier.A) {
      return HIC_OR_TIER_A_CALL;
    }
    return tier == Tier.B ? TIER_B_CALL : OTHER_CALL;
  }

  /** Counted from when Tierwise received the response: nobody can call back before that. */
  public static Instant dueAt(TaskType type, CustomerContext customer, Instant receivedAt) {
    return receivedAt.plus(target(type, customer.tier(), customer.hic()));
  }
}
