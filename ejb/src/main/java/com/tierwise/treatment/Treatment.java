package com.tierwise.treatment;

/** What the rest of the company does for one customer, from its tier and whether it is an HIC. */
public record Treatment(
    String externalId,
    String tier,
    boolean hic,
    String segment,
    String route,
    int firstResponseMinutes,
    boolean automationAllowed,
    int allocationPriority,
    int paymentTermsDays,
    boolean innovationPartnerEligible) {

  /** An HIC never gets automation and always a dedicated team, whatever the stored policy says. */
  public static Treatment of(String externalId, String tier, boolean hic, TreatmentRule rule) {
    return new Treatment(
        externalId,
        tier,
        hic,
        rule.segment(),
        hic ? TreatmentRule.DEDICATED_TEAM : rule.route(),
        rule.firstResponseMinutes(),
        !hic && rule.automationAllowed(),
        rule.allocationPriority(),
        rule.paymentTermsDays(),
        rule.innovationPartnerEligible());
  }
}
