package com.tierwise.treatment;

import java.time.Instant;

/**
 * How the company treats one segment (tier A, B, C, UNTIERED, or HIC): the contact route, the
 * first-response target, whether automation or AI self-service may be used, the priority for
 * constrained product (1 first), payment terms and innovation-partner eligibility. Values arrive
 * as sent, so {@link TreatmentPolicy#problems} can report all that is wrong at once.
 */
public record TreatmentRule(
    String segment,
    String route,
    Integer firstResponseMinutes,
    Boolean automationAllowed,
    Integer allocationPriority,
    Integer paymentTermsDays,
    Boolean innovationPartnerEligible,
    String updatedBy,
    Instant updatedAt) {

  public static final String HIC = "HIC";
  public static final String UNTIERED = "UNTIERED";
  public static final String DEDICATED_TEAM = "DEDICATED_TEAM";
}
