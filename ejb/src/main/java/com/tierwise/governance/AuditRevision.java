package com.tierwise.governance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One Envers revision: every audited entity changed in one transaction shares it. Carries who
 * made the change (the caller, or "system" for timers) and the request it came with.
 */
@Entity
@Table(name = "audit_revision")
@RevisionEntity(AuditRevisionListener.class)
public class AuditRevision {

  /** The request id of the revision the V50 migration wrote: the state before Envers took over. */
  public static final String BASELINE = "baseline";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @RevisionNumber
  private long id;

  @RevisionTimestamp
  @Column(name = "revised_at", nullable = false)
  private Instant revisedAt;

  @Column(name = "username", nullable = false, length = 64)
  private String username;

  @Column(name = "request_id", length = 64)
  private String requestId;

  public long getId() {
    return id;
  }

  public Instant getRevisedAt() {
    return revisedAt;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getRequestId() {
    return requestId;
  }

  public void setRequestId(String requestId) {
    this.requestId = requestId;
  }

  public boolean isBaseline() {
    return BASELINE.equals(requestId);
  }
}
