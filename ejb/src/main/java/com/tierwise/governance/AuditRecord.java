package com.tierwise.governance;

import java.time.Instant;

/**
 * One audited change of a customer's governance data: the subject (NOMINATION, HIC_MEMBERSHIP,
 * HIC_PROFILE, OVERRIDE, TREATMENT_POLICY) and its id, the action, who and when, and the record
 * before and after as JSON text (null where it did not exist).
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
    String remark) {}
