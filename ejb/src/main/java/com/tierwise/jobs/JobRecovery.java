package com.tierwise.jobs;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * At start-up, the jobs this node had RUNNING before the JVM started were cut off by the stop
 * (a kill, a crash, a power cut): their transactions never committed, so nothing of them is
 * stored. They are marked INTERRUPTED, which the portal and GET /jobs show. Jobs of other nodes
 * are theirs to recover when they start again.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class JobRecovery {

  static final String OUTCOME = "The server stopped while the job ran; nothing of it was stored.";

  private static final Logger LOG = Logger.getLogger(JobRecovery.class.getName());

  @Resource private DataSource dataSource;

  @PostConstruct
  void markInterrupted() {
    Instant serverStart = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
    String node = JobService.node();
    try (Connection connection = dataSource.getConnection()) {
      int interrupted =
          new JobJournal(connection).interruptRunningBefore(node, serverStart, OUTCOME, Clock.systemUTC().instant());
      if (interrupted > 0) {
        LOG.warning(() -> interrupted + " job(s) of node " + node + " were interrupted by the last stop; marked INTERRUPTED");
      }
    } catch (SQLException e) {
      LOG.warning(() -> "Could not look for interrupted jobs: " + e.getMessage());
    }
  }
}
