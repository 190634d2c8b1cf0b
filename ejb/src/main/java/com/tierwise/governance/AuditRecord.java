package com.tierwise.governance;

import java.time.Instant;
import java.util.List;

/**
 * One audited change of a customer's governance data: the subject (NOMINATION, HIC_MEMBERSHIP,
 * HIC_PROFILE, OVERRIDE, TREATMENT_POLICY) and its id, the action, who and when, and the record
 * before and after as JSON text (null where it did not exist). From Envers: the fields that
 * changed, the revision number and the id of the request that made it (null in older records).
 */
public record AuditRecord(
    String externalId,
    String subject,
    String subjectId,
    String action,
    String actor,
    Instant at,
    String before,
    String after,
    String remark,
    List<FieldChange> changes,
    Long revision,
    String requestId) {

  /** A record of the hand-written audit tables (before Envers, and HIC records). */
  public static AuditRecord legacy(
      String externalId, String subject, String subjectId, String action, String actor, Instant at,
      String before, String after, String remark) {
    return new AuditRecord(
        externalId, subject, subjectId, action, actor, at, before, after, remark, List.of(), null, null);
  }
}
