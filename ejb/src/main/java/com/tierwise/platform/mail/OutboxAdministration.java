package com.tierwise.platform.mail;

import com.tierwise.platform.DataAccessFailure;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** What administrators see of the outbox, and sending a FAILED message again. */
@Stateless
public class OutboxAdministration {

  @Resource private DataSource dataSource;
  @EJB private OutboxDispatcher dispatcher;

  public List<OutboxMessage> list(Optional<OutboxStatus> status, int limit, int offset) {
    try (Connection connection = dataSource.getConnection()) {
      return new OutboxRepository(connection).list(status, limit, offset);
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  public long count(Optional<OutboxStatus> status) {
    try (Connection connection = dataSource.getConnection()) {
      return new OutboxRepository(connection).count(status);
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  public Optional<OutboxMessage> find(long id) {
    try (Connection connection = dataSource.getConnection()) {
      return new OutboxRepository(connection).find(id);
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  /** Puts a FAILED message back in the queue; false when it is not FAILED (sent, or still being tried). */
  public boolean sendAgain(long id) {
    boolean queued;
    try (Connection connection = dataSource.getConnection()) {
      queued = new OutboxRepository(connection).sendAgain(id, Clock.systemUTC().instant());
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
    if (queued) {
      dispatcher.dispatchSoon(); // asynchronous: runs after this transaction commits or not at all
    }
    return queued;
  }
}
