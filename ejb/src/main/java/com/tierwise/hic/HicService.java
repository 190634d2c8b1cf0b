package com.tierwise.hic;

import com.tierwise.governance.AwaitingDecision;
import com.tierwise.platform.DataAccessFailure;
import com.tierwise.platform.TierwiseConfig;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** High-impact customers: nominations, board decisions, re-reviews, profiles. Each call is one transaction. */
@Stateless
public class HicService {

  private static final Logger LOG = Logger.getLogger(HicService.class.getName());

  @Resource private DataSource dataSource;
  @PersistenceContext private EntityManager em;
  @Inject private Event<AwaitingDecision> awaiting;

  @Inject
  @ConfigProperty(name = TierwiseConfig.HIC_REVIEW_MONTHS, defaultValue = "12")
  int reviewMonths;

  @Inject
  @ConfigProperty(name = TierwiseConfig.HIC_CANDIDATE_PERCENTILE, defaultValue = "95")
  double candidatePercentile;

  /** A workflow on one connection; callers are inside this bean's transaction. */
  private interface Work<T> {
    T on(HicWorkflow workflow) throws SQLException, HicRefusedException;
  }

  private <T> T run(Work<T> work) throws HicRefusedException {
    try (Connection connection = dataSource.getConnection()) {
      return work.on(new HicWorkflow(connection, em, Clock.systemUTC(), reviewMonths));
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  private <T> T read(Work<T> work) {
    try {
      return run(work);
    } catch (HicRefusedException e) {
      throw new IllegalStateException("a read refused", e);
    }
  }

  public Nomination nominate(NominationInput input, String user) throws HicRefusedException {
    Nomination created = run(workflow -> workflow.nominate(input, user));
    LOG.info(() -> user + " nominated " + created.externalId() + " as HIC (nomination " + created.id() + ")");
    awaiting.fire(waiting(created));
    return created;
  }

  public Nomination decide(long id, String decision, String comment, String user) throws HicRefusedException {
    Nomination decided = run(workflow -> workflow.decide(id, decision, comment, user));
    LOG.info(() -> user + " decided HIC nomination " + id + ": " + decided.status());
    return decided;
  }

  public Nomination resubmit(long id, NominationInput amended, String user) throws HicRefusedException {
    Nomination resubmitted = run(workflow -> workflow.resubmit(id, amended, user));
    awaiting.fire(waiting(resubmitted));
    return resubmitted;
  }

  public Nomination withdraw(long id, String comment, String user) throws HicRefusedException {
    return run(workflow -> workflow.withdraw(id, comment, user));
  }

  public Optional<Nomination> nomination(long id) {
    return read(workflow -> workflow.repository().find(id).map(HicRepository.Stored::nomination));
  }

  public List<Nomination> nominations(NominationStatus status, String externalId, int limit, int offset) {
    return read(workflow -> workflow.repository().list(status, externalId, limit, offset));
  }

  public long countNominations(NominationStatus status, String externalId) {
    return read(workflow -> workflow.repository().count(status, externalId));
  }

  /** CONFIRM for another period or REVOKE; empty after a revocation. */
  public Optional<Membership> review(String externalId, String decision, String comment, String user)
      throws HicRefusedException {
    Membership result = run(workflow -> workflow.review(externalId, decision, comment, user));
    LOG.info(() -> user + " reviewed HIC " + externalId + ": " + decision);
    return Optional.ofNullable(result);
  }

  public Optional<Membership> membership(String externalId) {
    return read(workflow -> workflow.repository().membership(externalId));
  }

  /** The roster (dueOnly false) or the memberships whose re-review is due today or earlier. */
  public List<Membership> memberships(boolean dueOnly, int limit, int offset) {
    return read(workflow -> workflow.repository().memberships(dueOnly ? today() : null, limit, offset));
  }

  /** What the data says about the roster's HICs (same page as {@link #memberships} of all), by external id. */
  public Map<String, HicSignals> signals(int limit, int offset) {
    return read(workflow -> workflow.repository().signals(Clock.systemUTC().instant(), limit, offset));
  }

  public long countMemberships(boolean dueOnly) {
    return read(workflow -> workflow.repository().countMemberships(dueOnly ? today() : null));
  }

  public Optional<HicProfile> profile(String externalId) throws HicRefusedException {
    return run(workflow -> {
      HicRepository.CustomerRef customer =
          workflow.repository().customer(externalId)
              .orElseThrow(() -> new HicRefusedException(HicRefusedException.Kind.NOT_FOUND, "No customer " + externalId));
      return workflow.repository().profile(customer.id(), externalId);
    });
  }

  public HicProfile saveProfile(String externalId, HicProfile profile, String user) throws HicRefusedException {
    return run(workflow -> workflow.saveProfile(externalId, profile, user));
  }

  /** Customers the data suggests for nomination (top business percentile, not yet HIC). */
  public List<Candidate> candidates(Double minPercentile, int limit) {
    double from = minPercentile == null ? candidatePercentile : minPercentile;
    return read(workflow -> workflow.repository().candidates(from, limit));
  }

  private static LocalDate today() {
    return LocalDate.now(ZoneOffset.UTC);
  }

  private static AwaitingDecision waiting(Nomination nomination) {
    return new AwaitingDecision(
        "HIC nomination " + nomination.id(),
        nomination.externalId() + " (" + nomination.customerName() + ") nominated by " + nomination.nominatedBy()
            + ", score " + nomination.totalScore() + "/25",
        nomination.nominatedBy());
  }
}
