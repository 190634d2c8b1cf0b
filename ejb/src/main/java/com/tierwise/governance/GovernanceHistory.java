package com.tierwise.governance;

import com.tierwise.hic.HicHistory;
import com.tierwise.hic.HicWorkflow;
import com.tierwise.override.OverrideHistory;
import com.tierwise.treatment.TreatmentHistory;
import com.tierwise.treatment.TreatmentService;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The audit as users see it: the Hibernate Envers revisions of overrides, HIC nominations,
 * memberships and profiles and the treatment policy, merged with the hand-written governance_audit
 * (everything before Envers took over). Oldest first.
 */
public final class GovernanceHistory {

  private final Connection connection;
  private final EntityManager em;

  public GovernanceHistory(Connection connection, EntityManager em) {
    this.connection = connection;
    this.em = em;
  }

  /** Everything audited about one customer: HIC records and the overrides that promote or demote them. */
  public List<AuditRecord> forCustomer(String externalId) throws SQLException {
    List<AuditRecord> records = new ArrayList<>(new GovernanceAudit(connection).forCustomer(externalId));
    Long customerId = customerId(externalId);
    if (customerId != null) {
      records.addAll(new HicHistory(em).forCustomer(customerId, externalId));
      for (OverrideHistory.Change change : new OverrideHistory(em).forCustomer(customerId)) {
        records.add(overrideRecord(externalId, change));
      }
    }
    // Stable: at the same instant the older (hand-written) record stays first.
    records.sort(Comparator.comparing(AuditRecord::at));
    return records;
  }

  public List<AuditRecord> forSubject(String subject, String subjectId) throws SQLException {
    List<AuditRecord> records = new ArrayList<>(new GovernanceAudit(connection).forSubject(subject, subjectId));
    if (HicWorkflow.NOMINATION.equals(subject) && isId(subjectId)) {
      long nominationId = Long.parseLong(subjectId);
      records.addAll(new HicHistory(em).ofNomination(nominationId, nominee(nominationId)));
    } else if (HicWorkflow.MEMBERSHIP.equals(subject) || HicWorkflow.PROFILE.equals(subject)) {
      Long customerId = customerId(subjectId);
      if (customerId != null) {
        new HicHistory(em).forCustomer(customerId, subjectId).stream()
            .filter(record -> record.subject().equals(subject))
            .forEach(records::add);
      }
    } else if (TreatmentService.AUDIT_SUBJECT.equals(subject)) {
      records.addAll(new TreatmentHistory(em).changes());
    } else if ("OVERRIDE".equals(subject) && isId(subjectId)) {
      for (OverrideHistory.Change change : new OverrideHistory(em).of(Long.parseLong(subjectId))) {
        records.add(overrideRecord(null, change));
      }
    }
    records.sort(Comparator.comparing(AuditRecord::at));
    return records;
  }

  private static AuditRecord overrideRecord(String externalId, OverrideHistory.Change change) {
    AuditRevision revision = change.revision();
    return new AuditRecord(
        externalId, "OVERRIDE", String.valueOf(change.overrideId()), change.toStatus().name(),
        revision.getUsername(), revision.getRevisedAt(),
        change.before() == null ? null : Snapshot.of(change.before()), Snapshot.of(change.after()),
        change.remark(), FieldChanges.between(change.before(), change.after()), revision.getId(),
        revision.getRequestId());
  }

  private static boolean isId(String text) {
    return !text.isEmpty() && text.length() < 19 && text.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  /** The external id of the customer a nomination is about. */
  private String nominee(long nominationId) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT c.external_id FROM hic_nomination n JOIN customer c ON c.id = n.customer_id WHERE n.id = ?")) {
      select.setLong(1, nominationId);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? row.getString(1) : null;
      }
    }
  }

  private Long customerId(String externalId) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement("SELECT id FROM customer WHERE external_id = ?")) {
      select.setString(1, externalId);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? row.getLong(1) : null;
      }
    }
  }
}
