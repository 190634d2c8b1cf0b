package com.tierwise.override;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.envers.Audited;

/**
 * The stored row of a {@link TierOverride}, written through JPA so that Hibernate Envers audits
 * every change (tier_override_aud). The workflow rules stay on the immutable TierOverride; this
 * only carries its state. Reads for lists and pages stay plain JDBC ({@link OverrideRepository}).
 * reminder_sent_at is not mapped: the expiry reminder claims it with its own conditional UPDATE.
 */
@Entity
@Table(name = "tier_override")
@Audited
public class OverrideRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "customer_id", nullable = false)
  private long customerId;

  @Column(name = "demote_customer_id")
  private Long demoteCustomerId;

  @Column(name = "tier", nullable = false)
  private String tier;

  @Column(name = "reason", nullable = false)
  private String reason;

  @Column(name = "justification", nullable = false)
  private String justification;

  @Column(name = "requested_by", nullable = false)
  private String requestedBy;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Column(name = "status", nullable = false)
  private String status;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decision_comment")
  private String decisionComment;

  @Column(name = "expires_at")
  private LocalDate expiresAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected OverrideRecord() {}

  static OverrideRecord requested(TierOverride pending, long customerId, Long demoteCustomerId) {
    OverrideRecord record = new OverrideRecord();
    record.customerId = customerId;
    record.demoteCustomerId = demoteCustomerId;
    record.tier = pending.tier().name();
    record.reason = pending.reason().name();
    record.justification = pending.justification();
    record.requestedBy = pending.requestedBy();
    record.requestedAt = pending.requestedAt();
    record.status = pending.status().name();
    record.expiresAt = pending.expiresAt();
    return record;
  }

  /** Takes the decided state (approved, rejected, withdrawn or expired) of the workflow. */
  void moveTo(TierOverride next) {
    status = next.status().name();
    decidedBy = next.decidedBy();
    decidedAt = next.decidedAt();
    decisionComment = next.decisionComment();
    expiresAt = next.expiresAt();
  }

  void expire() {
    status = OverrideStatus.EXPIRED.name();
  }

  public Long getId() {
    return id;
  }

  public long getCustomerId() {
    return customerId;
  }

  public Long getDemoteCustomerId() {
    return demoteCustomerId;
  }

  public String getStatus() {
    return status;
  }

  public String getJustification() {
    return justification;
  }

  public String getDecisionComment() {
    return decisionComment;
  }

  public long getVersion() {
    return version;
  }

  /** The audited fields by their API names, for the before/after of a revision. */
  public Map<String, Object> auditedFields() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("status", status);
    fields.put("tier", tier);
    fields.put("reason", reason);
    fields.put("justification", justification);
    fields.put("requestedBy", requestedBy);
    fields.put("requestedAt", requestedAt);
    fields.put("decidedBy", decidedBy);
    fields.put("decidedAt", decidedAt);
    fields.put("decisionComment", decisionComment);
    fields.put("expiresAt", expiresAt);
    return fields;
  }
}
