package com.tierwise.hic;

import static com.tierwise.platform.RefusedException.Kind.CONFLICT;
import static com.tierwise.platform.RefusedException.Kind.NOT_FOUND;

import com.tierwise.governance.Revisions;
import com.tierwise.hic.HicRepository.CustomerRef;
import com.tierwise.hic.HicRepository.Stored;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The HIC workflow in the caller's transaction: nominate, decide, resubmit, withdraw, re-review,
 * revoke, profile. Changes are written through JPA ({@link NominationRecord},
 * {@link MembershipRecord}, {@link ProfileRecord}) so that Hibernate Envers audits them, with the
 * caller named on the revision; reads stay plain JDBC on the same connection, after a flush.
 * Every decision locks its row first (SELECT ... FOR UPDATE), so of two concurrent decisions the
 * second sees the first one's outcome and is refused by the state machine, on any number of nodes.
 */
public final class HicWorkflow {

  public static final String NOMINATION = "NOMINATION";
  public static final String MEMBERSHIP = "HIC_MEMBERSHIP";
  public static final String PROFILE = "HIC_PROFILE";

  private final HicRepository repository;
  private final EntityManager em;
  private final Clock clock;
  private final int reviewMonths;

  public HicWorkflow(java.sql.Connection connection, EntityManager em, Clock clock, int reviewMonths) {
    this.repository = new HicRepository(connection);
    this.em = em;
    this.clock = clock;
    this.reviewMonths = reviewMonths;
  }

  public HicRepository repository() {
    return repository;
  }

  public Nomination nominate(NominationInput input, String user) throws SQLException, HicRefusedException {
    List<String> problems = new ArrayList<>(input.problems(true));
    CustomerRef customer = null;
    if (input.trimmedExternalId() != null) {
      customer = repository.customer(input.trimmedExternalId()).orElse(null);
      if (customer == null) {
        problems.add("unknown customer " + input.trimmedExternalId());
      } else if (customer.hic()) {
        problems.add("customer " + customer.externalId() + " is already a high-impact customer");
      } else if (repository.hasOpenNomination(customer.id())) {
        problems.add("customer " + customer.externalId() + " already has an open nomination; amend that one");
      }
    }
    if (!problems.isEmpty()) {
      throw HicRefusedException.invalid("The nomination", problems);
    }
    Nomination pending =
        Nomination.submit(
            customer.externalId(), customer.name(), input.parsedAnswers(), input.uniquenessAndRisk().trim(), user,
            clock.instant());
    NominationRecord record = NominationRecord.submitted(pending, customer.id());
    em.persist(record);
    written(user);
    return load(record.getId()).nomination();
  }

  /** APPROVE, REJECT or REQUEST_INFO, by a board member other than the nominator, once per round. */
  public Nomination decide(long id, String decision, String comment, String user)
      throws SQLException, HicRefusedException {
    String verb = decision == null ? "" : decision.trim().toUpperCase(Locale.ROOT);
    if (!List.of("APPROVE", "REJECT", "REQUEST_INFO").contains(verb)) {
      throw HicRefusedException.invalid(
          "The decision",
          List.of("decision must be APPROVE, REJECT or REQUEST_INFO" + (decision == null ? "" : ", not \"" + decision + "\"")));
    }
    if (comment != null && comment.length() > NominationInput.MAX_TEXT) {
      throw HicRefusedException.invalid(
          "The decision", List.of("comment must be at most " + NominationInput.MAX_TEXT + " characters"));
    }
    NominationRecord record = lock(id);
    Nomination current = load(id).nomination();
    Instant now = clock.instant();
    Nomination next =
        switch (verb) {
          case "APPROVE" -> current.approve(user, comment, now);
          case "REJECT" -> current.reject(user, comment, now);
          default -> current.requestInformation(user, comment, now);
        };
    record.moveTo(next);
    if (next.status() == NominationStatus.APPROVED) {
      LocalDate due = LocalDate.ofInstant(now, ZoneOffset.UTC).plusMonths(reviewMonths);
      MembershipRecord membership = em.find(MembershipRecord.class, record.getCustomerId());
      if (membership == null) {
        em.persist(MembershipRecord.approved(record.getCustomerId(), id, user, now, due, comment));
      } else {
        membership.restarted(id, user, now, due, comment);
      }
      repository.setHic(record.getCustomerId(), true, now);
    }
    written(user);
    return load(id).nomination();
  }

  /** The nominator answers the board's questions: amended answers and statement, back to PENDING. */
  public Nomination resubmit(long id, NominationInput amended, String user) throws SQLException, HicRefusedException {
    List<String> problems = amended.problems(false);
    if (!problems.isEmpty()) {
      throw HicRefusedException.invalid("The amended nomination", problems);
    }
    NominationRecord record = lock(id);
    Nomination current = load(id).nomination();
    record.moveTo(current.resubmit(user, amended.parsedAnswers(), amended.uniquenessAndRisk().trim(), clock.instant()));
    written(user);
    return load(id).nomination();
  }

  public Nomination withdraw(long id, String comment, String user) throws SQLException, HicRefusedException {
    NominationRecord record = lock(id);
    Nomination current = load(id).nomination();
    record.moveTo(current.withdraw(user, comment, clock.instant()));
    written(user);
    return load(id).nomination();
  }

  /**
   * The periodic re-review: CONFIRM keeps the customer an HIC for another period, REVOKE ends it
   * (and is also how the board revokes at any time). A review that raced another one (the
   * membership changed between reading and locking it) is refused.
   */
  public Membership review(String externalId, String decision, String comment, String user)
      throws SQLException, HicRefusedException {
    String verb = decision == null ? "" : decision.trim().toUpperCase(Locale.ROOT);
    if (!verb.equals("CONFIRM") && !verb.equals("REVOKE")) {
      throw HicRefusedException.invalid(
          "The review", List.of("decision must be CONFIRM or REVOKE" + (decision == null ? "" : ", not \"" + decision + "\"")));
    }
    if (verb.equals("REVOKE") && (comment == null || comment.isBlank())) {
      throw HicRefusedException.invalid("The review", List.of("a revocation needs a reason in the comment"));
    }
    if (comment != null && comment.length() > NominationInput.MAX_TEXT) {
      throw HicRefusedException.invalid(
          "The review", List.of("comment must be at most " + NominationInput.MAX_TEXT + " characters"));
    }
    CustomerRef customer =
        repository.customer(externalId).orElseThrow(() -> new HicRefusedException(NOT_FOUND, "No customer " + externalId));
    Membership read =
        repository.membership(externalId)
            .orElseThrow(() -> new HicRefusedException(CONFLICT, "Customer " + externalId + " is not a high-impact customer"));
    MembershipRecord record = em.find(MembershipRecord.class, customer.id(), LockModeType.PESSIMISTIC_WRITE);
    if (record == null || record.getVersion() != read.version()) {
      throw concurrently(externalId);
    }
    Instant now = clock.instant();
    if (verb.equals("CONFIRM")) {
      record.reviewed(user, now, LocalDate.ofInstant(now, ZoneOffset.UTC).plusMonths(reviewMonths), comment);
      written(user);
      return repository.membership(externalId).orElseThrow();
    }
    // The reason goes into the last state, which Envers keeps with the deletion: written first,
    // because Envers takes the state the row was last read or written with.
    record.reviewed(user, now, record.getReviewDue(), comment);
    em.flush();
    em.remove(record);
    repository.setHic(customer.id(), false, now);
    written(user);
    return null;
  }

  public HicProfile saveProfile(String externalId, HicProfile profile, String user)
      throws SQLException, HicRefusedException {
    CustomerRef customer =
        repository.customer(externalId).orElseThrow(() -> new HicRefusedException(NOT_FOUND, "No customer " + externalId));
    if (!customer.hic()) {
      throw HicRefusedException.invalid(
          "The profile", List.of("customer " + externalId + " is not a high-impact customer; nominate them first"));
    }
    List<String> problems = profile.problems();
    if (!problems.isEmpty()) {
      throw HicRefusedException.invalid("The profile", problems);
    }
    ProfileRecord record = em.find(ProfileRecord.class, customer.id(), LockModeType.PESSIMISTIC_WRITE);
    if (record != null && profile.version() != null && record.getVersion() != profile.version()) {
      throw new HicRefusedException(
          CONFLICT, "The profile of " + externalId + " was changed by someone else since version " + profile.version()
              + "; reload it and apply your change again");
    }
    if (record == null) {
      record = ProfileRecord.created(customer.id());
      record.write(profile, user, clock.instant());
      em.persist(record);
    } else {
      record.write(profile, user, clock.instant());
    }
    written(user);
    return repository.profile(customer.id(), externalId).orElseThrow();
  }

  private Stored load(long id) throws SQLException, HicRefusedException {
    return repository.find(id).orElseThrow(() -> new HicRefusedException(NOT_FOUND, "No nomination " + id));
  }

  /** The nomination's row, locked until the transaction ends. */
  private NominationRecord lock(long id) throws HicRefusedException {
    NominationRecord record = em.find(NominationRecord.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (record == null) {
      throw new HicRefusedException(NOT_FOUND, "No nomination " + id);
    }
    return record;
  }

  /** Names the user on this transaction's audit revision and writes, so the JDBC reads see it. */
  private void written(String user) {
    Revisions.stamp(em, user);
    em.flush();
  }

  private static HicRefusedException concurrently(String externalId) {
    return new HicRefusedException(
        CONFLICT, "The membership of " + externalId + " was reviewed or revoked concurrently; reload it");
  }
}
