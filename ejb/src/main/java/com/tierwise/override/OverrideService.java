package com.tierwise.override;

import com.tierwise.governance.AwaitingDecision;
import com.tierwise.platform.DataAccessFailure;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** Leadership overrides of tiers: each call is one transaction. */
@Stateless
public class OverrideService {

  private static final Logger LOG = Logger.getLogger(OverrideService.class.getName());

  @Resource private DataSource dataSource;
  @PersistenceContext private EntityManager em;
  @Inject private Event<AwaitingDecision> awaiting;

  public TierOverride request(OverrideRequest request, String user) throws OverrideRefusedException {
    try (Connection connection = dataSource.getConnection()) {
      TierOverride created = new Overrides(connection, em, Clock.systemUTC()).request(request, user);
      LOG.info(() -> user + " requested override " + created.id() + ": " + created.externalId()
          + " into tier " + created.tier());
      awaiting.fire(
          new AwaitingDecision(
              "Override " + created.id(),
              created.externalId() + " into tier " + created.tier()
                  + (created.demoteExternalId() == null ? "" : ", " + created.demoteExternalId() + " out of tier A")
                  + " (" + created.reason() + "), requested by " + user + ": " + created.justification(),
              user));
      return created;
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  public TierOverride decide(long id, String decision, String comment, String user)
      throws OverrideRefusedException {
    try (Connection connection = dataSource.getConnection()) {
      TierOverride decided = new Overrides(connection, em, Clock.systemUTC()).decide(id, decision, comment, user);
      LOG.info(() -> user + " decided override " + id + ": " + decided.status());
      return decided;
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  public TierOverride withdraw(long id, String comment, String user) throws OverrideRefusedException {
    try (Connection connection = dataSource.getConnection()) {
      return new Overrides(connection, em, Clock.systemUTC()).withdraw(id, comment, user);
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  public Optional<OverrideDetails> find(long id) {
    try (Connection connection = dataSource.getConnection()) {
      return new Overrides(connection, em, Clock.systemUTC()).find(id);
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  public List<TierOverride> list(OverrideStatus status, int limit, int offset) {
    try (Connection connection = dataSource.getConnection()) {
      return new Overrides(connection, em, Clock.systemUTC()).list(status, limit, offset);
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  public long count(OverrideStatus status) {
    try (Connection connection = dataSource.getConnection()) {
      return new Overrides(connection, em, Clock.systemUTC()).count(status);
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  /**
   * The overrides that promote or demote one customer, newest first, optionally of one status
   * (for the customer 360 and GET /overrides?externalId=).
   */
  public List<TierOverride> forCustomer(String externalId, OverrideStatus status, int limit, int offset) {
    try (Connection connection = dataSource.getConnection()) {
      return new Overrides(connection, em, Clock.systemUTC()).list(status, externalId, limit, offset);
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  public long countForCustomer(String externalId, OverrideStatus status) {
    try (Connection connection = dataSource.getConnection()) {
      return new Overrides(connection, em, Clock.systemUTC()).count(status, externalId);
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }
}
