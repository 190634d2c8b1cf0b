package com.tierwise.treatment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * One segment's row of the treatment policy, written through JPA so that Hibernate Envers audits
 * each change (treatment_policy_aud). The per-customer look-up, the hot path, stays one JDBC
 * query ({@link TreatmentRepository}). updated_by/at are not audited: the revision says who and when.
 */
@Entity
@Table(name = "treatment_policy")
@Audited
public class TreatmentPolicyRecord {

  @Id
  @Column(name = "segment")
  private String segment;

  @Column(name = "route", nullable = false)
  private String route;

  @Column(name = "first_response_minutes", nullable = false)
  private int firstResponseMinutes;

  @Column(name = "automation_allowed", nullable = false)
  private boolean automationAllowed;

  @Column(name = "allocation_priority", nullable = false)
  private int allocationPriority;

  @Column(name = "payment_terms_days", nullable = false)
  private int paymentTermsDays;

  @Column(name = "innovation_partner_eligible", nullable = false)
  private boolean innovationPartnerEligible;

  @NotAudited
  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  @NotAudited
  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected TreatmentPolicyRecord() {}

  public String getSegment() {
    return segment;
  }

  /**
   * Takes the rule's values (checked by {@link TreatmentPolicy#problems}). A segment whose audited
   * values stay the same gets no audit row: Envers compares the audited fields only.
   */
  void apply(TreatmentRule rule, String user, Instant now) {
    route = rule.route();
    firstResponseMinutes = rule.firstResponseMinutes();
    automationAllowed = rule.automationAllowed();
    allocationPriority = rule.allocationPriority();
    paymentTermsDays = rule.paymentTermsDays();
    innovationPartnerEligible = rule.innovationPartnerEligible();
    updatedBy = user;
    updatedAt = now;
  }

  /** The audited fields by their API names, for the before/after of a revision. */
  public Map<String, Object> auditedFields() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("route", route);
    fields.put("firstResponseMinutes", firstResponseMinutes);
    fields.put("automationAllowed", automationAllowed);
    fields.put("allocationPriority", allocationPriority);
    fields.put("paymentTermsDays", paymentTermsDays);
    fields.put("innovationPartnerEligible", innovationPartnerEligible);
    return fields;
  }
}
