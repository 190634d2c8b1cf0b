package com.tierwise.override;

import static com.tierwise.platform.RefusedException.Kind.CONFLICT;
import static com.tierwise.platform.RefusedException.Kind.NOT_FOUND;

import com.tierwise.override.OverrideRepository.CustomerTier;
import com.tierwise.override.OverrideRepository.Stored;
import com.tierwise.governance.Revisions;
import com.tierwise.platform.Locks;
import com.tierwise.tiering.Tier;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The override workflow in the caller's transaction: request, decide, withdraw. The override row
 * is written through JPA ({@link OverrideRecord}) so that Hibernate Envers audits every change,
 * with the acting user on the revision; reads and the tier effects stay JDBC on the connection.
 */
public final class Overrides {

  private final Connection connection;
  private final EntityManager em;
  private final Clock clock;
  private final OverrideRepository repository;

  public Overrides(Connection connection, EntityManager em, Clock clock) {
    this.connection = connection;
    this.em = em;
    this.clock = clock;
    this.repository = new OverrideRepository(connection);
  }

  public TierOverride request(OverrideRequest request, String user)
      throws SQLException, OverrideRefusedException {
    Instant now = clock.instant();
    List<String> problems = new ArrayList<>(request.problems(LocalDate.ofInstant(now, ZoneOffset.UTC)));
    Optional<CustomerTier> customer = Optional.empty();
    if (request.trimmedExternalId() != null) {
      customer = repository.customer(request.trimmedExternalId());
      if (customer.isEmpty()) {
        problems.add("unknown customer " + request.trimmedExternalId());
      }
    }
    Optional<CustomerTier> demote = Optional.empty();
    if (request.trimmedDemoteExternalId() != null) {
      demote = repository.customer(request.trimmedDemoteExternalId());
      if (demote.isEmpty()) {
        problems.add("unknown customer " + request.trimmedDemoteExternalId() + " (demoteExternalId)");
      }
    }
    if (problems.isEmpty()) {
      problems.addAll(
          OneInOneOut.problems(
              customer.get().externalId(),
              request.parsedTier(),
              customer.get().tier(),
              demote.map(CustomerTier::externalId).orElse(null),
              demote.map(CustomerTier::tier).orElse(null)));
    }
    if (!problems.isEmpty()) {
      throw OverrideRefusedException.invalid(problems);
    }
    TierOverride pending =
        TierOverride.request(
            customer.get().externalId(),
            demote.map(CustomerTier::externalId).orElse(null),
            request.parsedTier(),
            request.parsedReason(),
            request.justification().trim(),
            request.parsedExpiry(),
            user,
            now);
    OverrideRecord record =
        OverrideRecord.requested(pending, customer.get().id(), demote.map(CustomerTier::id).orElse(null));
    em.persist(record);
    Revisions.stamp(em, user);
    em.flush();
    return repository.find(record.getId()).orElseThrow().override();
  }

  /** APPROVE or REJECT, by someone other than the requester, once. */
  public TierOverride decide(long id, String decision, String comment, String user)
      throws SQLException, OverrideRefusedException {
    String verb = decision == null ? "" : decision.trim().toUpperCase(Locale.ROOT);
    if (!verb.equals("APPROVE") && !verb.equals("REJECT")) {
      throw OverrideRefusedException.invalid(
          List.of("decision must be APPROVE or REJECT" + (decision == null ? "" : ", not \"" + decision + "\"")));
    }
    if (comment != null && comment.length() > OverrideRequest.MAX_TEXT) {
      throw OverrideRefusedException.invalid(
          List.of("comment must be at most " + OverrideRequest.MAX_TEXT + " characters"));
    }
    OverrideRecord record = claim(id);
    Stored stored = load(id);
    TierOverride current = stored.override();
    Instant now = clock.instant();
    TierOverride decided =
        verb.equals("APPROVE") ? current.approve(user, comment, now) : current.reject(user, comment, now);
    save(record, decided, user);
    if (decided.status() == OverrideStatus.APPROVED) {
      apply(stored, decided);
    }
    return repository.find(id).orElseThrow().override();
  }

  public TierOverride withdraw(long id, String comment, String user)
      throws SQLException, OverrideRefusedException {
    OverrideRecord record = claim(id);
    TierOverride withdrawn = load(id).override().withdraw(user, comment, clock.instant());
    save(record, withdrawn, user);
    return repository.find(id).orElseThrow().override();
  }

  public Optional<OverrideDetails> find(long id) throws SQLException {
    Optional<Stored> stored = repository.find(id);
    return stored.isEmpty()
        ? Optional.empty()
        : Optional.of(new OverrideDetails(stored.get().override(), trail(id)));
  }

  public List<TierOverride> list(OverrideStatus status, int limit, int offset) throws SQLException {
    return repository.list(status, limit, offset);
  }

  public long count(OverrideStatus status) throws SQLException {
    return repository.count(status);
  }

  public List<TierOverride> list(OverrideStatus status, String externalId, int limit, int offset) throws SQLException {
    return repository.list(status, externalId, limit, offset);
  }

  public long count(OverrideStatus status, String externalId) throws SQLException {
    return repository.count(status, externalId);
  }

  private Stored load(long id) throws SQLException, OverrideRefusedException {
    return repository
        .find(id)
        .orElseThrow(() -> new OverrideRefusedException(NOT_FOUND, "No override " + id));
  }

  /** Legacy status changes (before V50), then the Envers revisions, oldest first. */
  private List<AuditEntry> trail(long id) throws SQLException {
    List<AuditEntry> trail = new ArrayList<>(repository.legacyTrail(id));
    new OverrideHistory(em).of(id).forEach(change -> trail.add(change.entry()));
    return trail;
  }

  /**
   * The race arbiter: locks the override's row (SELECT ... FOR UPDATE) before its state is read,
   * so of several concurrent moves on any number of nodes the later ones wait, then find it no
   * longer pending and are refused with 409. The version column still guards against writers
   * that skip the lock.
   */
  private OverrideRecord claim(long id) throws OverrideRefusedException {
    OverrideRecord record = em.find(OverrideRecord.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (record == null) {
      throw new OverrideRefusedException(NOT_FOUND, "No override " + id);
    }
    return record;
  }

  private void save(OverrideRecord record, TierOverride next, String user) {
    record.moveTo(next);
    Revisions.stamp(em, user);
    em.flush();
  }

  /**
   * Both customers change tier at once. The tiering lock orders this against runs: a run either
   * sees the new effect rows or is the latest run this updates. Tiers may have moved since the
   * request (a run in between), so the one-in-one-out rule is checked again.
   */
  private void apply(Stored stored, TierOverride approved) throws SQLException, OverrideRefusedException {
    Locks.lock(connection, Locks.TIERING_RUN);
    CustomerTier customer = repository.customer(approved.externalId()).orElseThrow();
    CustomerTier demote =
        approved.demoteExternalId() == null ? null : repository.customer(approved.demoteExternalId()).orElseThrow();
    List<String> problems =
        OneInOneOut.problems(
            approved.externalId(),
            approved.tier(),
            customer.tier(),
            approved.demoteExternalId(),
            demote == null ? null : demote.tier());
    if (!problems.isEmpty()) {
      throw new OverrideRefusedException(
          CONFLICT,
          "Override " + approved.id() + " no longer fits the current tiers: " + String.join("; ", problems),
          problems);
    }
    repository.impose(approved.id(), stored.customerId(), approved.tier(), approved.expiresAt());
    if (stored.demoteCustomerId() != null) {
      repository.impose(approved.id(), stored.demoteCustomerId(), TierOverride.DEMOTION_TIER, approved.expiresAt());
    }
  }

  /** Tier of a customer in the latest run, overrides included; empty if unknown. */
  public Optional<Tier> currentTier(String externalId) throws SQLException {
    return repository.customer(externalId).map(CustomerTier::tier);
  }
}
