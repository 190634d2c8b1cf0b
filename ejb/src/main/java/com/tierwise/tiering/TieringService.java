package com.tierwise.tiering;

import com.tierwise.customer.CustomerCounts;
import com.tierwise.jobs.JobKind;
import com.tierwise.jobs.JobService;
import com.tierwise.platform.DataAccessFailure;
import com.tierwise.platform.Locks;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.IOException;
import java.io.Writer;
import com.tierwise.platform.metrics.Meters;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** Tiering policies and runs: each call is one transaction. */
@Stateless
public class TieringService {

  private static final Logger LOG = Logger.getLogger(TieringService.class.getName());

  @Resource private DataSource dataSource;
  @Resource private SessionContext context;
  @EJB private CustomerCounts customerCounts;
  @EJB private JobService jobs;

  public PolicyVersion currentPolicy() {
    try (Connection connection = dataSource.getConnection()) {
      return new PolicyRepository(connection).current();
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  public List<PolicyVersion> policyHistory(int limit, int offset) {
    try (Connection connection = dataSource.getConnection()) {
      return new PolicyRepository(connection).history(limit, offset);
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  /** Saves a new policy version; later runs use it. */
  public PolicyVersion savePolicy(TieringPolicy policy, String user) throws PolicyInvalidException {
    List<String> problems = policy.problems();
    if (!problems.isEmpty()) {
      throw new PolicyInvalidException(problems);
    }
    try (Connection connection = dataSource.getConnection()) {
      Locks.lock(connection, Locks.TIERING_RUN);
      PolicyVersion saved = new PolicyRepository(connection).save(policy, user, Clock.systemUTC().instant());
      LOG.info(() -> user + " saved tiering policy version " + saved.version());
      return saved;
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  /** One transaction, journalled (see {@link JobService}) under the policy version it runs. */
  public TieringRunSummary run(String user) throws CoverageTooLowException {
    long started = System.nanoTime();
    long job;
    try (Connection connection = dataSource.getConnection()) {
      job = jobs.start(JobKind.TIERING_RUN, "policy version " + new PolicyRepository(connection).current().version(), null, user);
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
    try (Connection connection = dataSource.getConnection()) {
      TieringRunSummary run = new TieringEngine(connection, Clock.systemUTC()).run(user);
      JobService.completed(connection, job, "run " + run.id() + ": " + run.counts());
      customerCounts.clearAfterCommit(); // the tier filters' totals changed
      Meters.tieringRun("success", run.customers(), java.time.Duration.ofNanos(System.nanoTime() - started));
      LOG.info(
          () ->
              "Tiering run " + run.id() + " by " + user + " over " + run.customers()
                  + " customers: " + run.counts() + " in "
                  + java.time.Duration.between(run.startedAt(), run.finishedAt()).toMillis() + " ms");
      return run;
    } catch (CoverageTooLowException e) {
      jobs.failed(job, e.getMessage());
      Meters.tieringRun("refused", 0, java.time.Duration.ofNanos(System.nanoTime() - started));
      throw e;
    } catch (SQLException e) {
      DataAccessFailure failure = new DataAccessFailure(e);
      jobs.failed(job, failure.cause().message());
      throw failure;
    } catch (RuntimeException e) {
      jobs.failed(job, DataAccessFailure.describe(e));
      throw e;
    }
  }

  /**
   * A what-if run: saves the policy, runs it and reads the result in a transaction of its own
   * that is then rolled back, so the database is exactly as before. Holds the tiering lock
   * meanwhile, like a real run.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Simulation simulate(TieringPolicy policy, String user, int moverLimit)
      throws PolicyInvalidException, CoverageTooLowException {
    List<String> problems = policy.problems();
    if (!problems.isEmpty()) {
      throw new PolicyInvalidException(problems);
    }
    try (Connection connection = dataSource.getConnection()) {
      Locks.lock(connection, Locks.TIERING_RUN);
      new PolicyRepository(connection).save(policy, user, Clock.systemUTC().instant());
      TieringRunSummary run = new TieringEngine(connection, Clock.systemUTC()).run(user);
      customerCounts.clearAfterCommit(); // the tier filters' totals changed
      TieringRunRepository runs = new TieringRunRepository(connection);
      return new Simulation(run, runs.movers(run.id(), null, null, moverLimit, 0), runs.moverCount(run.id(), null, null));
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    } finally {
      context.setRollbackOnly();
    }
  }

  public Optional<TieringRunSummary> findRun(long id) {
    try (Connection connection = dataSource.getConnection()) {
      return new TieringRunRepository(connection).find(id);
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  /** Whether the run exists, without reading its cells, movements and warnings. */
  public boolean runExists(long id) {
    try (Connection connection = dataSource.getConnection()) {
      return new TieringRunRepository(connection).exists(id);
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  public Optional<TieringRunSummary> latestRun() {
    try (Connection connection = dataSource.getConnection()) {
      TieringRunRepository runs = new TieringRunRepository(connection);
      Optional<Long> latest = runs.latestId();
      return latest.isEmpty() ? Optional.empty() : runs.find(latest.get());
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  public List<TieringRunSummary> runs(int limit, int offset) {
    try (Connection connection = dataSource.getConnection()) {
      return new TieringRunRepository(connection).list(limit, offset);
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  public long runCount() {
    try (Connection connection = dataSource.getConnection()) {
      return new TieringRunRepository(connection).count();
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  /** Who moved between tiers in a run; see {@link TieringRunRepository#movers}. */
  public List<Mover> movers(long runId, String from, String to, int limit, int offset) {
    try (Connection connection = dataSource.getConnection()) {
      return new TieringRunRepository(connection).movers(runId, from, to, limit, offset);
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  public long moverCount(long runId, String from, String to) {
    try (Connection connection = dataSource.getConnection()) {
      return new TieringRunRepository(connection).moverCount(runId, from, to);
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  /** Streams a run's assignments as CSV; call it while writing the response. */
  public void writeAssignmentsCsv(long runId, Writer out) throws IOException {
    try (Connection connection = dataSource.getConnection()) {
      new TieringRunRepository(connection).writeAssignmentsCsv(runId, out);
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }
}
