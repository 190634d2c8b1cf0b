package com.tierwise.charter;

import com.tierwise.platform.DataAccessFailure;
import com.tierwise.platform.Locks;
import com.tierwise.platform.RefusedException;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The experience charter's use cases, each one transaction. Every change takes the charter lock
 * first, so two signatures for the same role, or two new drafts, are decided one after the other:
 * the second sees the first and is refused (409).
 */
@Stateless
public class CharterService {

  private static final Logger LOG = Logger.getLogger(CharterService.class.getName());

  static final String LOCK = "experience-charter";

  @Resource private DataSource dataSource;

  /** A version with the differences to its predecessor. */
  public record VersionWithDiff(CharterVersion version, Integer predecessor, List<CharterDiff.Change> changes) implements Serializable {}

  public Optional<CharterVersion> effective() {
    try (Connection connection = dataSource.getConnection()) {
      return new CharterRepository(connection).effective();
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  public Optional<CharterVersion> open() {
    try (Connection connection = dataSource.getConnection()) {
      return new CharterRepository(connection).open();
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  public CharterVersion version(int number) throws CharterRefusedException {
    try (Connection connection = dataSource.getConnection()) {
      return new CharterRepository(connection).find(number).orElseThrow(() -> CharterRefusedException.notFound(number));
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  public List<CharterVersion> versions(int limit, int offset) {
    try (Connection connection = dataSource.getConnection()) {
      return new CharterRepository(connection).list(limit, offset);
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  public long versionCount() {
    try (Connection connection = dataSource.getConnection()) {
      return new CharterRepository(connection).count();
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  /**
   * A new draft copied from the effective version (empty when none is effective). Only one
   * version is agreed at a time: while a draft or partly signed version exists, 409.
   */
  public CharterVersion newDraft(String user) throws CharterRefusedException {
    try (Connection connection = dataSource.getConnection()) {
      Locks.lock(connection, LOCK);
      CharterRepository charters = new CharterRepository(connection);
      Optional<CharterVersion> open = charters.open();
      if (open.isPresent()) {
        throw CharterRefusedException.conflict(
            "Version " + open.get().number() + " is " + open.get().status()
                + ": finish or sign it before starting another draft");
      }
      CharterVersion draft =
          CharterVersion.draftFrom(charters.effective(), charters.latestNumber() + 1, user, Clock.systemUTC().instant());
      charters.insert(draft);
      LOG.info(() -> user + " started charter draft " + draft.number() + " from version " + draft.basedOn());
      return draft;
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  /** Replaces every cell of a draft nobody has signed; 422 listing every bad cell, 409 once signed. */
  public CharterVersion replaceCells(int number, List<CellInput> inputs, String user) throws CharterRefusedException {
    CellValidator.Outcome outcome = CellValidator.validate(inputs);
    if (!outcome.valid()) {
      throw new CharterRefusedException(
          RefusedException.Kind.INVALID,
          "The cells have " + outcome.errors().size() + " problems; nothing was changed",
          outcome.errors().stream().map(CellValidator.CellError::toString).toList());
    }
    try (Connection connection = dataSource.getConnection()) {
      Locks.lock(connection, LOCK);
      CharterRepository charters = new CharterRepository(connection);
      CharterVersion version = charters.find(number).orElseThrow(() -> CharterRefusedException.notFound(number));
      version.replaceCells(outcome.cells());
      charters.cellsReplaced(version);
      LOG.info(() -> user + " edited charter draft " + number + " (revision " + version.revision() + ")");
      return version;
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  /**
   * Signs a version for one of the signer's roles. When both have signed it takes effect and the
   * version effective until then is superseded, in the same transaction.
   */
  public CharterVersion sign(
      int number, String user, Set<ExperienceOwner> heldRoles, Optional<ExperienceOwner> role, int seenRevision)
      throws CharterRefusedException {
    Instant now = Clock.systemUTC().instant();
    try (Connection connection = dataSource.getConnection()) {
      Locks.lock(connection, LOCK);
      CharterRepository charters = new CharterRepository(connection);
      CharterVersion version = charters.find(number).orElseThrow(() -> CharterRefusedException.notFound(number));
      Optional<CharterVersion> previous = charters.effective();
      boolean effective = version.sign(user, heldRoles, role, seenRevision, now);
      List<CharterSignature> signatures = version.signatures();
      charters.signed(version, signatures.get(signatures.size() - 1));
      if (effective && previous.isPresent()) {
        previous.get().supersede();
        charters.superseded(previous.get(), now);
      }
      LOG.info(
          () -> user + " signed charter version " + number + " as " + signatures.get(signatures.size() - 1).role()
              + (effective ? "; it is effective now" : ""));
      return version;
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  /** Abandons a version still being agreed, with the reason (422 without one, 409 once effective). */
  public CharterVersion abandon(int number, String reason, String user) throws CharterRefusedException {
    try (Connection connection = dataSource.getConnection()) {
      Locks.lock(connection, LOCK);
      CharterRepository charters = new CharterRepository(connection);
      CharterVersion version = charters.find(number).orElseThrow(() -> CharterRefusedException.notFound(number));
      version.abandon(user, reason, Clock.systemUTC().instant());
      charters.abandoned(version);
      LOG.info(() -> user + " abandoned charter version " + number);
      return version;
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  /** What a version changed against the one it was copied from (for the first: everything added). */
  public VersionWithDiff diff(int number) throws CharterRefusedException {
    try (Connection connection = dataSource.getConnection()) {
      CharterRepository charters = new CharterRepository(connection);
      CharterVersion version = charters.find(number).orElseThrow(() -> CharterRefusedException.notFound(number));
      Integer predecessorNumber = version.basedOn() != null ? version.basedOn() : number > 1 ? number - 1 : null;
      List<CharterCell> before =
          predecessorNumber == null
              ? List.of()
              : charters.find(predecessorNumber).map(CharterVersion::cells).orElse(List.of());
      return new VersionWithDiff(version, predecessorNumber, CharterDiff.between(before, version.cells()));
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  public AttributionReport attribution(Instant from, Instant to) {
    try (Connection connection = dataSource.getConnection()) {
      return new AttributionQueries(connection).report(from, to, Clock.systemUTC().instant());
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  /**
   * The demo charter of a new installation: effective, marked as seeded and signed by nobody
   * (there are no CCBMX or CCSX users then, and no default passwords to make some).
   *
   * @return false when a charter exists already
   */
  public boolean seedDemo(List<CharterCell> cells) {
    try (Connection connection = dataSource.getConnection()) {
      Locks.lock(connection, LOCK);
      CharterRepository charters = new CharterRepository(connection);
      if (charters.count() > 0) {
        return false;
      }
      Instant now = Clock.systemUTC().instant();
      charters.insert(
          new CharterVersion(1, CharterStatus.EFFECTIVE, null, 0, "demo-data", now, now, true, cells, List.of()));
      return true;
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }
}
