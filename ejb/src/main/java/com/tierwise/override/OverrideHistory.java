package com.tierwise.override;

import com.tierwise.governance.AuditRevision;
import com.tierwise.governance.FieldChanges;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.AuditQuery;

/**
 * The Envers history of overrides: each revision of an override with its state before and after.
 * The V50 baseline revision serves as a "before" only; what happened before it is in the
 * hand-written tier_override_audit ({@link OverrideRepository#legacyTrail}).
 */
public final class OverrideHistory {

  /** Said of an expiry, which the timer makes without a comment. */
  public static final String EXPIRY_REMARK = "review date passed; later tiering runs compute the tier again";

  /** One revision of one override. */
  public record Change(
      long overrideId, long customerId, Long demoteCustomerId, AuditRevision revision,
      Map<String, Object> before, Map<String, Object> after) {

    public OverrideStatus fromStatus() {
      return before == null ? null : OverrideStatus.valueOf((String) before.get("status"));
    }

    public OverrideStatus toStatus() {
      return OverrideStatus.valueOf((String) after.get("status"));
    }

    /** Why: the justification of a request, the comment of a decision, the timer's reason of an expiry. */
    public String remark() {
      return switch (toStatus()) {
        case PENDING -> (String) after.get("justification");
        case EXPIRED -> EXPIRY_REMARK;
        default -> (String) after.get("decisionComment");
      };
    }

    public AuditEntry entry() {
      return new AuditEntry(
          revision.getUsername(), revision.getRevisedAt(), fromStatus(), toStatus(), remark(),
          FieldChanges.between(before, after), revision.getId(), revision.getRequestId());
    }
  }

  private final EntityManager em;

  public OverrideHistory(EntityManager em) {
    this.em = em;
  }

  /** The revisions of one override, oldest first. */
  public List<Change> of(long overrideId) {
    return changes(query().add(AuditEntity.id().eq(overrideId)));
  }

  /** The revisions of the overrides that promote or demote one customer, oldest first. */
  public List<Change> forCustomer(long customerId) {
    return changes(
        query()
            .add(
                AuditEntity.or(
                    AuditEntity.property("customerId").eq(customerId),
                    AuditEntity.property("demoteCustomerId").eq(customerId))));
  }

  private AuditQuery query() {
    return AuditReaderFactory.get(em)
        .createQuery()
        .forRevisionsOfEntity(OverrideRecord.class, false, true)
        .addOrder(AuditEntity.revisionNumber().asc());
  }

  private static List<Change> changes(AuditQuery query) {
    Map<Long, Map<String, Object>> lastState = new HashMap<>();
    List<Change> changes = new ArrayList<>();
    for (Object row : query.getResultList()) {
      Object[] columns = (Object[]) row;
      OverrideRecord state = (OverrideRecord) columns[0];
      AuditRevision revision = (AuditRevision) columns[1];
      Map<String, Object> after = state.auditedFields();
      Map<String, Object> before = lastState.put(state.getId(), after);
      if (!revision.isBaseline()) {
        changes.add(
            new Change(state.getId(), state.getCustomerId(), state.getDemoteCustomerId(), revision, before, after));
      }
    }
    return changes;
  }
}
