package com.tierwise.jobs;

import com.tierwise.platform.DataAccessFailure;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The job journal. A job's RUNNING row and its FAILED mark are written in transactions of their
 * own (REQUIRES_NEW), so they survive the work's rollback; COMPLETED is written by the work
 * itself ({@link #completed}), so it commits exactly when the work does.
 */
@Stateless
public class JobService {

  @Resource private DataSource dataSource;

  /** Records that a job starts, committed before the work begins; returns the job's id. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long start(JobKind kind, String subject, Long sizeBytes, String user) {
    try (Connection connection = dataSource.getConnection()) {
      return new JobJournal(connection).start(kind, subject, sizeBytes, user, node(), Clock.systemUTC().instant());
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  /**
   * Records that the work failed and was rolled back. Never throws: the work's own failure is
   * what the caller must see (the database may be the reason it failed).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void failed(long id, String reason) {
    try (Connection connection = dataSource.getConnection()) {
      new JobJournal(connection).finish(id, JobStatus.FAILED, reason, Clock.systemUTC().instant());
    } catch (SQLException | RuntimeException e) {
      java.util.logging.Logger.getLogger(JobService.class.getName())
          .warning(() -> "Could not mark job " + id + " as failed (" + reason + "): " + e.getMessage());
    }
  }

  /** Marks the job COMPLETED on the work's connection, inside the work's transaction. */
  public static void completed(Connection workConnection, long id, String outcome) throws SQLException {
    new JobJournal(workConnection).finish(id, JobStatus.COMPLETED, outcome, Clock.systemUTC().instant());
  }

  public List<Job> list(JobKind kind, JobStatus status, int limit, int offset) {
    try (Connection connection = dataSource.getConnection()) {
      return new JobJournal(connection).list(kind, status, limit, offset);
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  public long count(JobKind kind, JobStatus status) {
    try (Connection connection = dataSource.getConnection()) {
      return new JobJournal(connection).count(kind, status);
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  /** The latest job of the kind when the server's stop cut it off, for the portal's warning. */
  public Optional<Job> latestInterrupted(JobKind kind) {
    try (Connection connection = dataSource.getConnection()) {
      return new JobJournal(connection).latestIfInterrupted(kind);
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  /** This server: WildFly's node name, Payara's instance name, else the host name. */
  static String node() {
    String node = System.getProperty("jboss.node.name", System.getProperty("com.sun.aas.instanceName"));
    if (node != null && !node.isBlank()) {
      return node;
    }
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "localhost";
    }
  }
}
