package com.tierwise.override;

import static com.tierwise.platform.RefusedException.Kind.CONFLICT;
import static com.tierwise.platform.RefusedException.Kind.NOT_FOUND;

import com.tierwise.override.OverrideRepository.CustomerTier;
import com.tierwise.override.OverrideRepository.Stored;
import com.tierwise.platform.Locks;
import com.tierwise.tiering.Tier;
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
 * The override workflow on one connection (the caller's transaction): request, decide, withdraw.
 * Every status change writes an audit row in the same transaction.
 */
public final class Overrides {

  private final Connection connection;
  private final Clock clock;
  private final OverrideRepository repository;

  public Overrides(Connection connection, Clock clock) {
    this.connection = connection;
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
    long id = repository.insert(pending, customer.get().id(), demote.map(CustomerTier::id).orElse(null));
    repository.audit(id, user, now, null, OverrideStatus.PENDING, pending.justification());
    return repository.find(id).orElseThrow().override();
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
    Stored stored = load(id);
    TierOverride current = stored.override();
    Instant now = clock.instant();
    TierOverride decided =
        verb.equals("APPROVE") ? current.approve(user, comment, now) : current.reject(user, comment, now);
    claim(decided, current);
    if (decided.status() == OverrideStatus.APPROVED) {
      apply(stored, decided);
    }
    repository.audit(id, user, now, current.status(), decided.status(), comment);
    return repository.find(id).orElseThrow().override();
  }

  public TierOverride withdraw(long id, String comment, String user)
      throws SQLException, OverrideRefusedException {
    Stored stored = load(id);
    Instant now = clock.instant();
    TierOverride withdrawn = stored.override().withdraw(user, comment, now);
    claim(withdrawn, stored.override());
    repository.audit(id, user, now, stored.override().status(), withdrawn.status(), comment);
    return repository.find(id).orElseThrow().override();
  }

  public Optional<OverrideDetails> find(long id) throws SQLException {
    Optional<Stored> stored = repository.find(id);
    return stored.isEmpty()
        ? Optional.empty()
        : Optional.of(new OverrideDetails(stored.get().override(), repository.auditTrail(id)));
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

  /** The race arbiter: exactly one of several concurrent moves from PENDING updates the row. */
  private void claim(TierOverride next, TierOverride current) throws SQLException, OverrideRefusedException {
    if (!repository.decide(next, current.version())) {
      TierOverride now = repository.find(current.id()).orElseThrow().override();
      throw new OverrideRefusedException(
          CONFLICT,
          "Override " + current.id() + " was decided concurrently: it is now " + now.status()
              + (now.decidedBy() == null ? "" : " (by " + now.decidedBy() + ")"));
    }
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
