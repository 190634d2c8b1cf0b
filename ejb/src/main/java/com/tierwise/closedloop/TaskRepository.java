package com.tierwise.closedloop;

import com.tierwise.charter.Attribution;
import com.tierwise.charter.LifecycleStage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Closed-loop tasks in SQL. Filters are always bound parameters. */
public final class TaskRepository {

  private static final String SELECT =
      "SELECT t.id, c.external_id, t.type, t.status, t.due_at, t.assignee, t.response_id,"
          + " t.created_at, t.outcome, t.version, t.escalated_at, t.escalated_to, t.escalated_to_user, t.stage,"
          + " t.attribution FROM cx_task t JOIN customer c ON c.id = t.customer_id";

  private final Connection connection;

  public TaskRepository(Connection connection) {
    this.connection = connection;
  }

  /** Most urgent first. */
  public List<CxTask> list(TaskFilter filter, int limit, int offset) throws SQLException {
    Where where = where(filter);
    List<CxTask> tasks = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            SELECT + where.sql() + " ORDER BY t.due_at, t.id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
      int index = where.bind(select);
      select.setInt(index++, offset);
      select.setInt(index, limit);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          tasks.add(read(row));
        }
      }
    }
    return tasks;
  }

  public long count(TaskFilter filter) throws SQLException {
    Where where = where(filter);
    try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM cx_task t" + where.sql())) {
      where.bind(select);
      try (ResultSet row = select.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  /** Reads the task and locks its row until the transaction ends, so two claims cannot both win. */
  public Optional<CxTask> lock(long id) throws SQLException {
    try (PreparedStatement lock = connection.prepareStatement("SELECT id FROM cx_task WHERE id = ? FOR UPDATE")) {
      lock.setLong(1, id);
      try (ResultSet row = lock.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
      }
    }
    return find(id);
  }

  public Optional<CxTask> find(long id) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(SELECT + " WHERE t.id = ?")) {
      select.setLong(1, id);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Optional.of(read(row)) : Optional.empty();
      }
    }
  }

  public void claimed(CxTask task, TaskStatus status, String user, Instant now) throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE cx_task SET status = ?, assignee = ?, claimed_by = ?, claimed_at = ?,"
                + " version = version + 1 WHERE id = ?")) {
      update.setString(1, status.name());
      update.setString(2, user);
      update.setString(3, user);
      update.setTimestamp(4, Timestamp.from(now));
      update.setLong(5, task.id());
      update.executeUpdate();
    }
  }

  /** Hands the task to another assignee, unclaimed. */
  public void reassigned(CxTask task, TaskStatus status, String assignee) throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE cx_task SET status = ?, assignee = ?, claimed_by = NULL, claimed_at = NULL,"
                + " version = version + 1 WHERE id = ?")) {
      update.setString(1, status.name());
      update.setString(2, assignee);
      update.setLong(3, task.id());
      update.executeUpdate();
    }
  }

  public void completed(CxTask task, TaskStatus status, String user, String outcome, Instant now)
      throws SQLException {
    completed(task, status, user, outcome, null, null, now);
  }

  /** As above, with what the follow-up found: the stage that failed and whose half it was (each may be null). */
  public void completed(
      CxTask task, TaskStatus status, String user, String outcome, LifecycleStage stage, Attribution attribution,
      Instant now) throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE cx_task SET status = ?, completed_by = ?, completed_at = ?, outcome = ?, stage = ?,"
                + " attribution = ?, version = version + 1 WHERE id = ?")) {
      update.setString(1, status.name());
      update.setString(2, user);
      update.setTimestamp(3, Timestamp.from(now));
      update.setString(4, outcome);
      update.setString(5, stage == null ? null : stage.name());
      update.setString(6, attribution == null ? null : attribution.name());
      update.setLong(7, task.id());
      update.executeUpdate();
    }
  }

  /** A task past its due time with its customer's owner (a user name, or null). */
  public record Overdue(CxTask task, String owner) {}

  /** Open or claimed tasks past their due time that were not escalated yet, most overdue first. */
  public List<Overdue> overdue(Instant now, int limit) throws SQLException {
    List<Overdue> tasks = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            SELECT.replace(" FROM cx_task t", ", c.owner FROM cx_task t")
                + " WHERE t.status <> 'DONE' AND t.escalated_at IS NULL AND t.due_at < ?"
                + " ORDER BY t.due_at, t.id FETCH FIRST ? ROWS ONLY")) {
      select.setTimestamp(1, Timestamp.from(now));
      select.setInt(2, limit);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          tasks.add(new Overdue(read(row), row.getString("owner")));
        }
      }
    }
    return tasks;
  }

  /**
   * Records the escalation unless someone did already (another node's timer, or the task was
   * completed meanwhile): a conditional update, so each task is escalated once.
   */
  public boolean escalated(long id, Instant now, EscalationRouting.Recipient to) throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE cx_task SET escalated_at = ?, escalated_to = ?, escalated_to_user = ?, version = version + 1"
                + " WHERE id = ? AND escalated_at IS NULL AND status <> 'DONE'")) {
      update.setTimestamp(1, Timestamp.from(now));
      update.setString(2, to.address());
      update.setString(3, to.manager());
      update.setLong(4, id);
      return update.executeUpdate() == 1;
    }
  }

  /**
   * Closed-loop performance of tasks of a type created in a period, by assignee (a person, or a
   * team queue such as cx-team). A task counts as due once it is done or its due time has passed.
   */
  public List<TaskPerformance> performance(TaskType type, Instant from, Instant to, Instant now)
      throws SQLException {
    StringBuilder sql =
        new StringBuilder(
            "SELECT t.assignee, COUNT(*),"
                + " COUNT(CASE WHEN t.status = 'DONE' AND t.completed_at <= t.due_at THEN 1 END),"
                + " COUNT(CASE WHEN t.status = 'DONE' AND t.completed_at > t.due_at THEN 1 END),"
                + " COUNT(CASE WHEN t.status <> 'DONE' AND t.due_at < ? THEN 1 END),"
                + " COUNT(t.escalated_at) FROM cx_task t WHERE t.type = ?");
    List<Object> values = new ArrayList<>(List.of(Timestamp.from(now), type.name()));
    if (from != null) {
      sql.append(" AND t.created_at >= ?");
      values.add(Timestamp.from(from));
    }
    if (to != null) {
      sql.append(" AND t.created_at < ?");
      values.add(Timestamp.from(to));
    }
    sql.append(" GROUP BY t.assignee ORDER BY t.assignee");
    List<TaskPerformance> rows = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
      for (int i = 0; i < values.size(); i++) {
        select.setObject(i + 1, values.get(i));
      }
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          rows.add(
              TaskPerformance.of(
                  row.getString(1), row.getLong(2), row.getLong(3), row.getLong(4), row.getLong(5), row.getLong(6)));
        }
      }
    }
    return rows;
  }

  /**
   * Follow-up calls created in the period and done, by assignee, with the time they took. Summed
   * here rather than in SQL: interval arithmetic differs between H2 and PostgreSQL.
   */
  public List<CallbackTime> callbackTimes(Instant from, Instant to) throws SQLException {
    java.util.Map<String, double[]> sums = new java.util.TreeMap<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT t.assignee, t.created_at, t.completed_at FROM cx_task t WHERE t.type = ? AND t.status = 'DONE'"
                + " AND t.created_at >= ? AND t.created_at < ?")) {
      select.setString(1, TaskType.FOLLOW_UP_CALL.name());
      select.setTimestamp(2, Timestamp.from(from));
      select.setTimestamp(3, Timestamp.from(to));
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          double[] sum = sums.computeIfAbsent(row.getString(1), k -> new double[2]);
          sum[0]++;
          sum[1] += (row.getTimestamp(3).getTime() - row.getTimestamp(2).getTime()) / 3_600_000.0;
        }
      }
    }
    List<CallbackTime> times = new ArrayList<>();
    sums.forEach((assignee, sum) -> times.add(new CallbackTime(assignee, (long) sum[0], sum[1])));
    return times;
  }

  private record Where(String sql, List<Object> values) {
    int bind(PreparedStatement statement) throws SQLException {
      int index = 1;
      for (Object value : values) {
        statement.setObject(index++, value);
      }
      return index;
    }
  }

  private static Where where(TaskFilter filter) {
    List<String> conditions = new ArrayList<>();
    List<Object> values = new ArrayList<>();
    if (filter.type() != null) {
      conditions.add("t.type = ?");
      values.add(filter.type().name());
    }
    if (filter.status() != null) {
      conditions.add("t.status = ?");
      values.add(filter.status().name());
    }
    if (filter.assignee() != null) {
      conditions.add("t.assignee = ?");
      values.add(filter.assignee());
    }
    return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), values);
  }

  private static CxTask read(ResultSet row) throws SQLException {
    return new CxTask(
        row.getLong(1),
        row.getString(2),
        TaskType.valueOf(row.getString(3)),
        TaskStatus.valueOf(row.getString(4)),
        row.getTimestamp(5).toInstant(),
        row.getString(6),
        row.getLong(7),
        row.getTimestamp(8).toInstant(),
        row.getString(9),
        row.getLong(10),
        row.getTimestamp(11) == null ? null : row.getTimestamp(11).toInstant(),
        row.getString(12),
        row.getString(13),
        LifecycleStage.parse(row.getString(14)).orElse(null),
        Attribution.parse(row.getString(15)).orElse(null));
  }
}
