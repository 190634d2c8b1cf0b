package com.tierwise.treatment;

import com.tierwise.governance.AuditRecord;
import com.tierwise.governance.AuditRevision;
import com.tierwise.governance.FieldChange;
import com.tierwise.governance.FieldChanges;
import com.tierwise.governance.Snapshot;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;

/**
 * The Envers history of the treatment policy: one record per save (revision), with the segments
 * it changed before and after, and each changed field named segment.field ("A.firstResponseMinutes").
 */
public final class TreatmentHistory {

  private final EntityManager em;

  public TreatmentHistory(EntityManager em) {
    this.em = em;
  }

  /** Oldest first; the V50 baseline is a starting state only. */
  public List<AuditRecord> changes() {
    List<?> rows =
        AuditReaderFactory.get(em)
            .createQuery()
            .forRevisionsOfEntity(TreatmentPolicyRecord.class, false, true)
            .addOrder(AuditEntity.revisionNumber().asc())
            .addOrder(AuditEntity.id().asc())
            .getResultList();
    Map<String, Map<String, Object>> current = new HashMap<>();
    List<AuditRecord> records = new ArrayList<>();
    int i = 0;
    while (i < rows.size()) {
      AuditRevision revision = (AuditRevision) ((Object[]) rows.get(i))[1];
      Map<String, Object> before = new LinkedHashMap<>();
      Map<String, Object> after = new LinkedHashMap<>();
      List<FieldChange> changes = new ArrayList<>();
      for (; i < rows.size() && ((AuditRevision) ((Object[]) rows.get(i))[1]).getId() == revision.getId(); i++) {
        TreatmentPolicyRecord state = (TreatmentPolicyRecord) ((Object[]) rows.get(i))[0];
        Map<String, Object> was = current.put(state.getSegment(), state.auditedFields());
        before.put(state.getSegment(), was);
        after.put(state.getSegment(), state.auditedFields());
        for (FieldChange change : FieldChanges.between(was, state.auditedFields())) {
          changes.add(new FieldChange(state.getSegment() + "." + change.field(), change.before(), change.after()));
        }
      }
      if (!revision.isBaseline()) {
        records.add(
            new AuditRecord(
                null, TreatmentService.AUDIT_SUBJECT, "policy", "UPDATED", revision.getUsername(),
                revision.getRevisedAt(), Snapshot.of(before), Snapshot.of(after), null, changes,
                revision.getId(), revision.getRequestId()));
      }
    }
    return records;
  }
}
