package com.tierwise.override;

import com.tierwise.tiering.Tier;
import java.util.ArrayList;
import java.util.List;

/**
 * "For every customer added to A, one must be removed" (DOMAIN.md section 1): a promotion into
 * tier A names a different customer currently in tier A, who moves to
 * {@link TierOverride#DEMOTION_TIER}. Tiers are those of the latest run, overrides included.
 */
public final class OneInOneOut {

  private OneInOneOut() {}

  /**
   * Every reason the move is refused; empty when it keeps the size of tier A.
   *
   * @param current the customer's current tier, null if untiered
   * @param demoteExternalId the customer named to leave tier A, null if none
   * @param demoteCurrent that customer's current tier, null if untiered
   */
  public static List<String> problems(
      String externalId, Tier target, Tier current, String demoteExternalId, Tier demoteCurrent) {
    List<String> problems = new ArrayList<>();
    if (target != Tier.A) {
      if (demoteExternalId != null) {
        problems.add(
            "demoteExternalId is only for a promotion into tier A; leave it out for tier " + target);
      }
      return problems;
    }
    if (current == Tier.A) {
      problems.add("customer " + externalId + " is already in tier A");
    }
    if (demoteExternalId == null) {
      problems.add(
          "raising " + externalId + " into tier A requires demoteExternalId naming a customer"
              + " currently in tier A (one in, one out)");
    } else if (demoteExternalId.equals(externalId)) {
      problems.add("demoteExternalId must name another customer than " + externalId);
    } else if (demoteCurrent != Tier.A) {
      problems.add(
          "customer " + demoteExternalId + " named to leave tier A is currently "
              + (demoteCurrent == null ? "untiered" : "in tier " + demoteCurrent)
              + ", not in tier A (one in, one out)");
    }
    return problems;
  }
}
