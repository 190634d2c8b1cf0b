package com.tierwise.jobs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The job_journal table on one connection (so in the caller's transaction). */
public final class JobJournal {

  static final int MAX_SUBJECT = 300;
  static final int MAX_OUTCOME = 1000;

  private static final String COLUMNS =
      "id, kind, subject, size_bytes, started_by, started_at, node, status, finished_at, outcome";

  private static final String FILTER =
      "(CAST(? AS VARCHAR(16)) IS NULL OR kind = ?) AND (CAST(? AS VARCHAR(16)) IS NULL OR status = ?)";

  private final Connection connection;

  public JobJournal(Connection connection) {
    this.connection = connection;
  }

  /** Writes the RUNNING row; returns its id. */
  public long start(JobKind kind, String subject, Long sizeBytes, String user, String node, Instant at)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO job_journal (kind, subject, size_bytes, started_by, started_at, node, status)"
                + " VALUES (?, ?, ?, ?, ?, ?, 'RUNNING')",
            Statement.RETURN_GENERATED_KEYS)) {
      insert.setString(1, kind.name());
      insert.setString(2, clip(subject == null || subject.isBlank() ? "?" : subject, MAX_SUBJECT));
      if (sizeBytes == null) {
        insert.setNull(3, Types.BIGINT);
      } else {
        insert.setLong(3, sizeBytes);
      }
      insert.setString(4, clip(user == null ? "?" : user, 64));
      insert.setTimestamp(5, Timestamp.from(at));
      insert.setString(6, clip(node, 128));
      insert.executeUpdate();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  /** Ends a RUNNING job; a job that ended already (e.g. marked INTERRUPTED) is left alone. */
  public boolean finish(long id, JobStatus status, String outcome, Instant at) throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE job_journal SET status = ?, finished_at = ?, outcome = ? WHERE id = ? AND status = 'RUNNING'")) {
      update.setString(1, status.name());
      update.setTimestamp(2, Timestamp.from(at));
      update.setString(3, outcome == null ? null : clip(outcome, MAX_OUTCOME));
      update.setLong(4, id);
      return update.executeUpdate() == 1;
    }
  }

  /**
   * Marks the node's jobs that were running before the node (re)started as INTERRUPTED: their
   * transactions died with the server process.
   */
  public int interruptRunningBefore(String node, Instant serverStart, String outcome, Instant now)
      throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE job_journal SET status = 'INTERRUPTED', finished_at = ?, outcome = ?"
                + " WHERE status = 'RUNNING' AND node = ? AND started_at < ?")) {
      update.setTimestamp(1, Timestamp.from(now));
      update.setString(2, clip(outcome, MAX_OUTCOME));
      update.setString(3, node);
      update.setTimestamp(4, Timestamp.from(serverStart));
      return update.executeUpdate();
    }
  }

  /** Newest first; kind and status optional. */
  public List<Job> list(JobKind kind, JobStatus status, int limit, int offset) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT " + COLUMNS + " FROM job_journal WHERE " + FILTER
                + " ORDER BY started_at DESC, id DESC LIMIT ? OFFSET ?")) {
      bindFilter(select, kind, status);
      select.setInt(5, limit);
      select.setInt(6, offset);
      List<Job> jobs = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          jobs.add(job(rows));
        }
      }
      return jobs;
    }
  }

  public long count(JobKind kind, JobStatus status) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT COUNT(*) FROM job_journal WHERE " + FILTER)) {
      bindFilter(select, kind, status);
      try (ResultSet row = select.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  /** The latest job of the kind, if it was interrupted: what the portal warns about. */
  public Optional<Job> latestIfInterrupted(JobKind kind) throws SQLException {
    List<Job> latest = list(kind, null, 1, 0);
    return latest.stream().filter(job -> job.status() == JobStatus.INTERRUPTED).findFirst();
  }

  private static void bindFilter(PreparedStatement statement, JobKind kind, JobStatus status)
      throws SQLException {
    statement.setString(1, kind == null ? null : kind.name());
    statement.setString(2, kind == null ? null : kind.name());
    statement.setString(3, status == null ? null : status.name());
    statement.setString(4, status == null ? null : status.name());
  }

  private static Job job(ResultSet row) throws SQLException {
    long size = row.getLong("size_bytes");
    Long sizeBytes = row.wasNull() ? null : size;
    Timestamp finished = row.getTimestamp("finished_at");
    return new Job(
        row.getLong("id"),
        JobKind.valueOf(row.getString("kind")),
        row.getString("subject"),
        sizeBytes,
        row.getString("started_by"),
        row.getTimestamp("started_at").toInstant(),
        row.getString("node"),
        JobStatus.valueOf(row.getString("status")),
        finished == null ? null : finished.toInstant(),
        row.getString("outcome"));
  }

  private static String clip(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
