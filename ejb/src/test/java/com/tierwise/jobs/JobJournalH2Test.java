package com.tierwise.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tierwise.platform.H2Database;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The job journal (migration V80) on H2: start, finish once, interrupted after a restart. */
class JobJournalH2Test {

  private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");

  private Connection connection;
  private JobJournal journal;

  @BeforeEach
  void database() throws Exception {
    connection = H2Database.migrated();
    journal = new JobJournal(connection);
  }

  @AfterEach
  void close() throws Exception {
    connection.close();
  }

  @Test
  void aJobEndsOnceAndTheLatestInterruptedOneIsFound() throws Exception {
    long done = journal.start(JobKind.IMPORT, "a.csv", 120L, "ayse", "node-1", T0);
    assertTrue(journal.finish(done, JobStatus.COMPLETED, "3 created, 0 updated", T0.plusSeconds(5)));
    assertFalse(journal.finish(done, JobStatus.FAILED, "late", T0.plusSeconds(6)), "a finished job stays finished");

    long cut = journal.start(JobKind.IMPORT, "million.csv", 34_000_000L, "admin", "node-1", T0.plusSeconds(10));
    long otherNode = journal.start(JobKind.TIERING_RUN, "policy version 1", null, "admin", "node-2", T0.plusSeconds(11));
    long afterStart = journal.start(JobKind.TIERING_RUN, "policy version 1", null, "admin", "node-1", T0.plusSeconds(30));

    // node-1 restarted at T0+20s: its job from before is cut off; node-2's and the new one are not.
    assertEquals(1, journal.interruptRunningBefore("node-1", T0.plusSeconds(20), "stopped", T0.plusSeconds(25)));
    List<Job> imports = journal.list(JobKind.IMPORT, null, 10, 0);
    assertEquals(List.of(cut, done), imports.stream().map(Job::id).toList());
    assertEquals(JobStatus.INTERRUPTED, imports.get(0).status());
    assertEquals(34_000_000L, imports.get(0).sizeBytes());
    assertEquals(cut, journal.latestIfInterrupted(JobKind.IMPORT).orElseThrow().id());
    assertTrue(journal.latestIfInterrupted(JobKind.TIERING_RUN).isEmpty());
    assertEquals(2, journal.count(null, JobStatus.RUNNING));
    assertEquals(List.of(afterStart, otherNode), journal.list(JobKind.TIERING_RUN, JobStatus.RUNNING, 10, 0).stream().map(Job::id).toList());

    // A later import of the same kind: the warning goes.
    journal.start(JobKind.IMPORT, "million.csv", 34_000_000L, "admin", "node-1", T0.plusSeconds(40));
    assertTrue(journal.latestIfInterrupted(JobKind.IMPORT).isEmpty());
  }
}
