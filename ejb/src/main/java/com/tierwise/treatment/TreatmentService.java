package com.tierwise.treatment;

import com.tierwise.platform.DataAccessFailure;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** Treatment per customer (the contact centre's hot path) and the policy behind it. */
@Stateless
public class TreatmentService {

  private static final Logger LOG = Logger.getLogger(TreatmentService.class.getName());

  /** The audit subject of policy changes (see GovernanceService#auditOf). */
  public static final String AUDIT_SUBJECT = "TREATMENT_POLICY";

  @Resource private DataSource dataSource;

  /**
   * One read-only statement in autocommit: no JTA transaction to begin and commit, which is a
   * measurable share of this hot path's cost.
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<Treatment> forCustomer(String externalId) {
    try (Connection connection = dataSource.getConnection()) {
      return new TreatmentRepository(connection).forCustomer(externalId);
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  public List<TreatmentRule> policy() {
    try (Connection connection = dataSource.getConnection()) {
      return new TreatmentRepository(connection).rules();
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  public List<TreatmentRule> savePolicy(List<TreatmentRule> rules, String user)
      throws TreatmentPolicyInvalidException {
    List<String> problems = TreatmentPolicy.problems(rules);
    if (!problems.isEmpty()) {
      throw new TreatmentPolicyInvalidException(problems);
    }
    try (Connection connection = dataSource.getConnection()) {
      TreatmentRepository repository = new TreatmentRepository(connection);
      List<TreatmentRule> before = repository.rules();
      java.time.Instant now = Clock.systemUTC().instant();
      repository.replace(rules, user, now);
      List<TreatmentRule> after = repository.rules();
      new com.tierwise.governance.GovernanceAudit(connection)
          .record(null, AUDIT_SUBJECT, "policy", "UPDATED", user, now, snapshot(before), snapshot(after), null);
      LOG.info(() -> user + " saved the treatment policy");
      return after;
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  private static String snapshot(List<TreatmentRule> rules) {
    java.util.Map<String, Object> bySegment = new java.util.LinkedHashMap<>();
    for (TreatmentRule rule : rules) {
      java.util.Map<String, Object> fields = new java.util.LinkedHashMap<>();
      fields.put("route", rule.route());
      fields.put("firstResponseMinutes", rule.firstResponseMinutes());
      fields.put("automationAllowed", rule.automationAllowed());
      fields.put("allocationPriority", rule.allocationPriority());
      fields.put("paymentTermsDays", rule.paymentTermsDays());
      fields.put("innovationPartnerEligible", rule.innovationPartnerEligible());
      bySegment.put(rule.segment(), fields);
    }
    return com.tierwise.governance.Snapshot.of(bySegment);
  }
}
