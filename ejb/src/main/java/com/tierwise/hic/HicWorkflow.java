package com.tierwise.hic;

import static com.tierwise.platform.RefusedException.Kind.CONFLICT;
import static com.tierwise.platform.RefusedException.Kind.INVALID;
import static com.tierwise.platform.RefusedException.Kind.NOT_FOUND;

import com.tierwise.governance.GovernanceAudit;
import com.tierwise.governance.Snapshot;
import com.tierwise.hic.HicRepository.CustomerRef;
import com.tierwise.hic.HicRepository.Stored;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The HIC workflow on one connection (the caller's transaction): nominate, decide, resubmit,
 * withdraw, re-review, revoke, profile. Every change writes a before/after audit row in the same
 * transaction.
 */
public final class HicWorkflow {

  public static final String NOMINATION = "NOMINATION";
  public static final String MEMBERSHIP = "HIC_MEMBERSHIP";
  public static final String PROFILE = "HIC_PROFILE";

  private final HicRepository repository;
  private final GovernanceAudit audit;
  private final Clock clock;
  private final int reviewMonths;

  public HicWorkflow(java.sql.Connection connection, Clock clock, int reviewMonths) {
    this.repository = new HicRepository(connection);
    this.audit = new GovernanceAudit(connection);
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
    Instant now = clock.instant();
    Nomination pending =
        Nomination.submit(
            customer.externalId(), customer.name(), input.parsedAnswers(), input.uniquenessAndRisk().trim(), user, now);
    long id = repository.insert(pending, customer.id());
    Nomination stored = load(id).nomination();
    audit.record(customer.id(), NOMINATION, id, "NOMINATED", user, now, null, snapshot(stored), null);
    return stored;
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
    Stored stored = load(id);
    Nomination current = stored.nomination();
    Instant now = clock.instant();
    Nomination next =
        switch (verb) {
          case "APPROVE" -> current.approve(user, comment, now);
          case "REJECT" -> current.reject(user, comment, now);
          default -> current.requestInformation(user, comment, now);
        };
    claim(next, current);
    Nomination decided = load(id).nomination();
    audit.record(stored.customerId(), NOMINATION, id, verb, user, now, snapshot(current), snapshot(decided), comment);
    if (decided.status() == NominationStatus.APPROVED) {
      LocalDate due = LocalDate.ofInstant(now, ZoneOffset.UTC).plusMonths(reviewMonths);
      repository.setHic(stored.customerId(), true, now);
      repository.startMembership(stored.customerId(), id, now, due);
      audit.record(
          stored.customerId(), MEMBERSHIP, current.externalId(), "APPROVED", user, now,
          Snapshot.of(Map.of("hic", false)), Snapshot.of(Map.of("hic", true, "reviewDue", due)), comment);
    }
    return decided;
  }

  /** The nominator answers the board's questions: amended answers and statement, back to PENDING. */
  public Nomination resubmit(long id, NominationInput amended, String user) throws SQLException, HicRefusedException {
    List<String> problems = amended.problems(false);
    if (!problems.isEmpty()) {
      throw HicRefusedException.invalid("The amended nomination", problems);
    }
    Stored stored = load(id);
    Nomination current = stored.nomination();
    Instant now = clock.instant();
    Nomination next = current.resubmit(user, amended.parsedAnswers(), amended.uniquenessAndRisk().trim(), now);
    claim(next, current);
    repository.writeAnswers(id, next.answers());
    Nomination resubmitted = load(id).nomination();
    audit.record(stored.customerId(), NOMINATION, id, "RESUBMITTED", user, now, snapshot(current), snapshot(resubmitted), null);
    return resubmitted;
  }

  public Nomination withdraw(long id, String comment, String user) throws SQLException, HicRefusedException {
    Stored stored = load(id);
    Nomination current = stored.nomination();
    Instant now = clock.instant();
    claim(current.withdraw(user, comment, now), current);
    Nomination withdrawn = load(id).nomination();
    audit.record(stored.customerId(), NOMINATION, id, "WITHDRAWN", user, now, snapshot(current), snapshot(withdrawn), comment);
    return withdrawn;
  }

  /**
   * The periodic re-review: CONFIRM keeps the customer an HIC for another period, REVOKE ends it
   * (and is also how the board revokes at any time). Race-safe on the membership's version.
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
    CustomerRef customer =
        repository.customer(externalId).orElseThrow(() -> new HicRefusedException(NOT_FOUND, "No customer " + externalId));
    Membership current =
        repository.membership(externalId)
            .orElseThrow(() -> new HicRefusedException(CONFLICT, "Customer " + externalId + " is not a high-impact customer"));
    Instant now = clock.instant();
    if (verb.equals("CONFIRM")) {
      LocalDate due = LocalDate.ofInstant(now, ZoneOffset.UTC).plusMonths(reviewMonths);
      if (!repository.renew(customer.id(), current.version(), user, now, due)) {
        throw concurrently(externalId);
      }
      Membership renewed = repository.membership(externalId).orElseThrow();
      audit.record(customer.id(), MEMBERSHIP, externalId, "CONFIRMED", user, now, snapshot(current), snapshot(renewed), comment);
      return renewed;
    }
    if (!repository.revoke(customer.id(), current.version())) {
      throw concurrently(externalId);
    }
    repository.setHic(customer.id(), false, now);
    audit.record(customer.id(), MEMBERSHIP, externalId, "REVOKED", user, now, snapshot(current), Snapshot.of(Map.of("hic", false)), comment);
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
    HicProfile before = repository.profile(customer.id(), externalId).orElse(null);
    Instant now = clock.instant();
    if (!repository.saveProfile(customer.id(), profile, profile.version(), before != null, user, now)) {
      throw new HicRefusedException(
          CONFLICT, "The profile of " + externalId + " was changed by someone else since version " + profile.version()
              + "; reload it and apply your change again");
    }
    HicProfile after = repository.profile(customer.id(), externalId).orElseThrow();
    audit.record(
        customer.id(), PROFILE, externalId, before == null ? "CREATED" : "UPDATED", user, now,
        before == null ? null : snapshot(before), snapshot(after), null);
    return after;
  }

  private Stored load(long id) throws SQLException, HicRefusedException {
    return repository.find(id).orElseThrow(() -> new HicRefusedException(NOT_FOUND, "No nomination " + id));
  }

  /** The race arbiter: exactly one of several concurrent moves from one state updates the row. */
  private void claim(Nomination next, Nomination current) throws SQLException, HicRefusedException {
    if (!repository.update(next, current.version(), current.status())) {
      Nomination now = repository.find(current.id()).orElseThrow().nomination();
      throw new HicRefusedException(
          CONFLICT,
          "Nomination " + current.id() + " was changed concurrently: it is now " + now.status()
              + (now.decidedBy() == null ? "" : " (by " + now.decidedBy() + ")"));
    }
  }

  private static HicRefusedException concurrently(String externalId) {
    return new HicRefusedException(
        CONFLICT, "The membership of " + externalId + " was reviewed or revoked concurrently; reload it");
  }

  static String snapshot(Nomination n) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("status", n.status());
    fields.put("totalScore", n.totalScore());
    List<Map<String, Object>> answers = new ArrayList<>();
    for (Answer a : n.answers()) {
      Map<String, Object> answer = new LinkedHashMap<>();
      answer.put("question", a.question());
      answer.put("score", a.score());
      answer.put("explanation", a.explanation());
      answers.add(answer);
    }
    fields.put("answers", answers);
    fields.put("uniquenessAndRisk", n.uniquenessAndRisk());
    fields.put("decidedBy", n.decidedBy());
    fields.put("decisionComment", n.decisionComment());
    return Snapshot.of(fields);
  }

  static String snapshot(Membership m) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("hic", true);
    fields.put("reviewDue", m.reviewDue());
    fields.put("reviewedBy", m.reviewedBy());
    return Snapshot.of(fields);
  }

  static String snapshot(HicProfile p) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("demanding", p.demanding());
    fields.put("differentiated", p.differentiated());
    List<Map<String, Object>> team = new ArrayList<>();
    for (HicProfile.TeamMember member : p.team()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", member.name());
      m.put("role", member.role());
      m.put("contact", member.contact());
      team.add(m);
    }
    fields.put("team", team);
    fields.put("directLine", p.directLine());
    fields.put("delivered", p.delivered());
    return Snapshot.of(fields);
  }
}
