package com.tierwise.hic;

import com.tierwise.governance.AuditRecord;
import com.tierwise.governance.AuditRevision;
import com.tierwise.governance.FieldChanges;
import com.tierwise.governance.Snapshot;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.criteria.AuditCriterion;

/**
 * The Envers history of HIC nominations, memberships and profiles as audit records: each revision
 * with its state before and after and the action it stands for (NOMINATED, REQUEST_INFO,
 * RESUBMITTED, APPROVE, REJECT, WITHDRAWN; APPROVED, CONFIRMED, REVOKED; CREATED, UPDATED). The
 * V81 baseline revision serves as a "before" only; what happened before it is in governance_audit.
 */
public final class HicHistory {

  private static final Map<String, Boolean> NOT_HIC = Map.of("hic", false);

  private final EntityManager em;

  public HicHistory(EntityManager em) {
    this.em = em;
  }

  /** The revisions of one nomination, oldest first. */
  public List<AuditRecord> ofNomination(long nominationId, String externalId) {
    return nominations(AuditEntity.id().eq(nominationId), externalId);
  }

  /** Everything audited about one customer's HIC status: nominations, then membership, then profile. */
  public List<AuditRecord> forCustomer(long customerId, String externalId) {
    List<AuditRecord> records = new ArrayList<>(nominations(AuditEntity.property("customerId").eq(customerId), externalId));
    records.addAll(
        revisions(MembershipRecord.class, AuditEntity.id().eq(customerId), MembershipRecord::auditedFields,
            (revision, type, before, after, state) -> record(
                externalId, HicWorkflow.MEMBERSHIP, externalId,
                switch (type) {
                  case ADD -> "APPROVED";
                  case MOD -> "CONFIRMED";
                  case DEL -> "REVOKED";
                },
                revision, before == null ? NOT_HIC : before, type == RevisionType.DEL ? NOT_HIC : after,
                state.getReviewComment())));
    records.addAll(
        revisions(ProfileRecord.class, AuditEntity.id().eq(customerId), ProfileRecord::auditedFields,
            (revision, type, before, after, state) -> record(
                externalId, HicWorkflow.PROFILE, externalId, before == null ? "CREATED" : "UPDATED", revision, before,
                after, null)));
    return records;
  }

  private List<AuditRecord> nominations(AuditCriterion which, String externalId) {
    return revisions(NominationRecord.class, which, NominationRecord::auditedFields,
        (revision, type, before, after, state) -> {
          String action = nominationAction(before == null ? null : (String) before.get("status"), state.getStatus());
          boolean decision = !action.equals("NOMINATED") && !action.equals("RESUBMITTED");
          return record(
              externalId, HicWorkflow.NOMINATION, String.valueOf(state.getId()), action, revision, before, after,
              decision ? state.getDecisionComment() : null);
        });
  }

  /** What a move from one status to the next was: the verb the API and the portal use. */
  static String nominationAction(String from, String to) {
    if (from == null) {
      return "NOMINATED";
    }
    return switch (NominationStatus.valueOf(to)) {
      case PENDING -> "RESUBMITTED";
      case INFO_REQUESTED -> "REQUEST_INFO";
      case APPROVED -> "APPROVE";
      case REJECTED -> "REJECT";
      case WITHDRAWN -> "WITHDRAWN";
    };
  }

  private interface Describe<T> {
    AuditRecord of(AuditRevision revision, RevisionType type, Map<String, Object> before, Map<String, Object> after, T state);
  }

  /** Each revision of the matching rows, oldest first, with the row's previous state. */
  private <T> List<AuditRecord> revisions(
      Class<T> entity, AuditCriterion which, Function<T, Map<String, Object>> fields, Describe<T> describe) {
    List<?> rows =
        AuditReaderFactory.get(em).createQuery().forRevisionsOfEntity(entity, false, true)
            .add(which)
            .addOrder(AuditEntity.revisionNumber().asc())
            .getResultList();
    Map<Object, Map<String, Object>> lastState = new HashMap<>();
    List<AuditRecord> records = new ArrayList<>();
    for (Object row : rows) {
      Object[] columns = (Object[]) row;
      @SuppressWarnings("unchecked")
      T state = (T) columns[0];
      AuditRevision revision = (AuditRevision) columns[1];
      RevisionType type = (RevisionType) columns[2];
      Object id = em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(state);
      Map<String, Object> after = fields.apply(state);
      // A row deleted and created again starts afresh.
      Map<String, Object> before = type == RevisionType.ADD ? null : lastState.get(id);
      lastState.put(id, type == RevisionType.DEL ? null : after);
      if (!revision.isBaseline()) {
        records.add(describe.of(revision, type, before, after, state));
      }
    }
    return records;
  }

  private static AuditRecord record(
      String externalId, String subject, String subjectId, String action, AuditRevision revision,
      Map<String, ?> before, Map<String, ?> after, String remark) {
    return new AuditRecord(
        externalId, subject, subjectId, action, revision.getUsername(), revision.getRevisedAt(),
        before == null ? null : Snapshot.of(before), after == null ? null : Snapshot.of(after), remark,
        FieldChanges.between(before, after), revision.getId(), revision.getRequestId());
  }
}
