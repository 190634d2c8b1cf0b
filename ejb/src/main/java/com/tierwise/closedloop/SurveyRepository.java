package com.tierwise.closedloop;

import com.tierwise.customer.SearchText;
import com.tierwise.tiering.Tier;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Survey responses in SQL: customer look-ups, batched inserts with their tasks, NPS aggregates. */
public final class SurveyRepository {

  /** Rows per JDBC batch and bound parameters per IN list: large enough to be fast, small enough for any driver. */
  static final int CHUNK = 500;

  /** Team queue for tasks of customers without an owner. */
  public static final String TEAM_QUEUE = "cx-team";

  private static final String LATEST_RUN = "(SELECT MAX(id) FROM tiering_run)";

  private final Connection connection;

  public SurveyRepository(Connection connection) {
    this.connection = connection;
  }

  /** The customers with these external ids, with their current tier; unknown ids are left out. */
  public Map<String, CustomerContext> customers(Collection<String> externalIds) throws SQLException {
    List<String> ids = externalIds.stream().distinct().toList();
    Map<String, CustomerContext> found = new HashMap<>();
    for (int start = 0; start < ids.size(); start += CHUNK) {
      List<String> chunk = ids.subList(start, Math.min(ids.size(), start + CHUNK));
      String placeholders = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
      try (PreparedStatement select =
          connection.prepareStatement(
              "SELECT c.id, c.external_id, c.owner, a.tier, c.hic FROM customer c"
                  + " LEFT JOIN tier_assignment a ON a.customer_id = c.id AND a.run_id = " + LATEST_RUN
                  + " WHERE c.external_id IN (" + placeholders + ")")) {
        for (int i = 0; i < chunk.size(); i++) {
          select.setString(i + 1, chunk.get(i));
        }
        try (ResultSet row = select.executeQuery()) {
          while (row.next()) {
            CustomerContext customer =
                new CustomerContext(
                    row.getLong(1), row.getString(2), row.getString(3), Tier.ofCode(row.getString(4)),
                    row.getBoolean(5));
            found.put(customer.externalId(), customer);
          }
        }
      }
    }
    return found;
  }

  /**
   * Inserts the responses in JDBC batches and opens a task for each detractor and promoter, in the
   * caller's transaction.
   *
   * @return how many tasks were opened
   */
  public int store(List<SurveyResponse> responses, Instant receivedAt) throws SQLException {
    Timestamp received = Timestamp.from(receivedAt);
    int tasks = 0;
    try (PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO survey_response (customer_id, touchpoint, score, comment, responded_at,"
                    + " received_at, tier_at_response, search_comment, stage, attribution, hic_at_response)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                new String[] {"id"});
        PreparedStatement task =
            connection.prepareStatement(
                "INSERT INTO cx_task (customer_id, response_id, type, status, assignee, due_at,"
                    + " created_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, 0)")) {
      for (int start = 0; start < responses.size(); start += CHUNK) {
        List<SurveyResponse> chunk = responses.subList(start, Math.min(responses.size(), start + CHUNK));
        for (SurveyResponse response : chunk) {
          CustomerContext customer = response.customer();
          insert.setLong(1, customer.id());
          insert.setString(2, response.touchpoint().name());
          insert.setInt(3, response.score());
          insert.setString(4, response.comment());
          insert.setTimestamp(5, Timestamp.from(response.respondedAt()));
          insert.setTimestamp(6, received);
          if (customer.tier() == null) {
            insert.setNull(7, Types.VARCHAR);
          } else {
            insert.setString(7, customer.tier().name());
          }
          insert.setString(8, response.comment() == null ? null : SearchText.fold(response.comment()));
          insert.setString(9, response.stage().name());
          insert.setString(10, response.attribution() == null ? null : response.attribution().name());
          insert.setBoolean(11, customer.hic());
          insert.addBatch();
        }
        insert.executeBatch();
        List<Long> ids = new ArrayList<>(chunk.size());
        try (ResultSet keys = insert.getGeneratedKeys()) {
          while (keys.next()) {
            ids.add(keys.getLong(1));
          }
        }
        if (ids.size() != chunk.size()) {
          throw new SQLException(
              "The database returned " + ids.size() + " keys for " + chunk.size() + " inserted responses");
        }
        int opened = 0;
        for (int i = 0; i < chunk.size(); i++) {
          SurveyResponse response = chunk.get(i);
          var type = TaskType.forCategory(response.category());
          if (type.isEmpty()) {
            continue;
          }
          CustomerContext customer = response.customer();
          task.setLong(1, customer.id());
          task.setLong(2, ids.get(i));
          task.setString(3, type.get().name());
          task.setString(4, TaskStatus.OPEN.name());
          task.setString(5, assignee(customer));
          task.setTimestamp(6, Timestamp.from(FollowUpTargets.dueAt(type.get(), customer, receivedAt)));
          task.setTimestamp(7, received);
          task.addBatch();
          opened++;
        }
        if (opened > 0) {
          task.executeBatch();
        }
        tasks += opened;
      }
    }
    return tasks;
  }

  /** The customer's owner, or the CX team's queue when nobody owns the customer. */
  static String assignee(CustomerContext customer) {
    return customer.owner() == null || customer.owner().isBlank() ? TEAM_QUEUE : customer.owner();
  }

  /** One aggregate query: the rows are counted in the database, never loaded. */
  public Nps nps(NpsFilter filter) throws SQLException {
    StringBuilder sql =
        new StringBuilder(
            "SELECT COUNT(CASE WHEN r.score >= 9 THEN 1 END),"
                + " COUNT(CASE WHEN r.score BETWEEN 7 AND 8 THEN 1 END),"
                + " COUNT(CASE WHEN r.score <= 6 THEN 1 END)"
                + " FROM survey_response r");
    List<String> conditions = new ArrayList<>();
    List<Object> values = new ArrayList<>();
    if (filter.tier() != null) {
      sql.append(" LEFT JOIN tier_assignment a ON a.customer_id = r.customer_id AND a.run_id = ")
          .append(LATEST_RUN);
      if ("UNTIERED".equals(filter.tier())) {
        conditions.add("a.tier IS NULL");
      } else {
        conditions.add("a.tier = ?");
        values.add(filter.tier());
      }
    }
    if (filter.touchpoint() != null) {
      conditions.add("r.touchpoint = ?");
      values.add(filter.touchpoint().name());
    }
    if (filter.from() != null) {
      conditions.add("r.responded_at >= ?");
      values.add(Timestamp.from(filter.from()));
    }
    if (filter.to() != null) {
      conditions.add("r.responded_at < ?");
      values.add(Timestamp.from(filter.to()));
    }
    if (!conditions.isEmpty()) {
      sql.append(" WHERE ").append(String.join(" AND ", conditions));
    }
    try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
      for (int i = 0; i < values.size(); i++) {
        select.setObject(i + 1, values.get(i));
      }
      try (ResultSet row = select.executeQuery()) {
        row.next();
        return Nps.of(row.getLong(1), row.getLong(2), row.getLong(3));
      }
    }
  }
}
