package com.tierwise.treatment;

import com.tierwise.governance.Revisions;
import com.tierwise.platform.DataAccessFailure;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
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
  @PersistenceContext private EntityManager em;

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

  /**
   * Saves every segment's rule through JPA, so Envers records who changed which field from what
   * to what (one revision for the whole save).
   */
  public List<TreatmentRule> savePolicy(List<TreatmentRule> rules, String user)
      throws TreatmentPolicyInvalidException {
    List<String> problems = TreatmentPolicy.problems(rules);
    if (!problems.isEmpty()) {
      throw new TreatmentPolicyInvalidException(problems);
    }
    Instant now = Clock.systemUTC().instant();
    for (TreatmentRule rule : rules) {
      TreatmentPolicyRecord stored = em.find(TreatmentPolicyRecord.class, rule.segment());
      if (stored == null) {
        throw new TreatmentPolicyInvalidException(List.of("unknown segment " + rule.segment()));
      }
      stored.apply(rule, user, now);
    }
    Revisions.stamp(em, user);
    em.flush();
    LOG.info(() -> user + " saved the treatment policy");
    return policy();
  }
}
