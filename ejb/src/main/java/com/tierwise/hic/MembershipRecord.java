package com.tierwise.hic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.envers.Audited;

/**
 * The stored row of a {@link Membership}, written through JPA so that Hibernate Envers audits its
 * start, every re-review and its revocation (hic_membership_aud; a revocation deletes the row and
 * Envers keeps its last state, store_data_at_delete). review_comment holds what the board said
 * at the last decision, so the audit can show why.
 */
@Entity
@Table(name = "hic_membership")
@Audited
public class MembershipRecord {

  @Id
  @Column(name = "customer_id")
  private Long customerId;

  @Column(name = "nomination_id", nullable = false)
  private long nominationId;

  @Column(name = "since", nullable = false)
  private Instant since;

  @Column(name = "review_due", nullable = false)
  private LocalDate reviewDue;

  @Column(name = "reviewed_by")
  private String reviewedBy;

  @Column(name = "reviewed_at")
  private Instant reviewedAt;

  @Column(name = "review_comment")
  private String reviewComment;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected MembershipRecord() {}

  static MembershipRecord approved(long customerId, long nominationId, String by, Instant at, LocalDate reviewDue, String comment) {
    MembershipRecord record = new MembershipRecord();
    record.customerId = customerId;
    record.nominationId = nominationId;
    record.since = at;
    record.reviewDue = reviewDue;
    record.reviewedBy = by;
    record.reviewedAt = at;
    record.reviewComment = comment;
    return record;
  }

  /** Approved again by a later nomination (a membership that was never revoked is restarted). */
  void restarted(long nominationId, String by, Instant at, LocalDate reviewDue, String comment) {
    this.nominationId = nominationId;
    this.since = at;
    reviewed(by, at, reviewDue, comment);
  }

  /** The board's re-review, or its revocation just before the row is removed. */
  void reviewed(String by, Instant at, LocalDate nextDue, String comment) {
    reviewedBy = by;
    reviewedAt = at;
    reviewDue = nextDue;
    reviewComment = comment;
  }

  public Long getCustomerId() {
    return customerId;
  }

  public LocalDate getReviewDue() {
    return reviewDue;
  }

  public String getReviewComment() {
    return reviewComment;
  }

  public long getVersion() {
    return version;
  }

  public Map<String, Object> auditedFields() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("hic", true);
    fields.put("nominationId", nominationId);
    fields.put("since", since);
    fields.put("reviewDue", reviewDue);
    fields.put("reviewedBy", reviewedBy);
    return fields;
  }
}
