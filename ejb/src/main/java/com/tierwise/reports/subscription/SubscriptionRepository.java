package com.tierwise.reports.subscription;

import com.tierwise.reports.ReportLocales;
import com.tierwise.reports.ReportName;
import com.tierwise.reports.rendering.ReportFormat;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Subscriptions and user addresses in SQL. */
public final class SubscriptionRepository {

  private static final String COLUMNS =
      "id, report, format, locale, recipients, schedule, only_when_changed, created_by, created_at, active";

  private final Connection connection;

  public SubscriptionRepository(Connection connection) {
    this.connection = connection;
  }

  public long insert(
      ReportName report, ReportFormat format, String locale, List<String> recipients, DeliverySchedule schedule,
      boolean onlyWhenChanged, String user, Instant now) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO report_subscription (report, format, locale, recipients, schedule, only_when_changed,"
                + " created_by, created_at, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?, TRUE)",
            new String[] {"id"})) {
      insert.setString(1, report.slug());
      insert.setString(2, format.name());
      insert.setString(3, locale);
      insert.setString(4, String.join("\n", recipients.stream().map(String::trim).toList()));
      insert.setString(5, schedule.text());
      insert.setBoolean(6, onlyWhenChanged);
      insert.setString(7, user);
      insert.setTimestamp(8, Timestamp.from(now));
      insert.executeUpdate();
      try (ResultSet key = insert.getGeneratedKeys()) {
        key.next();
        return key.getLong(1);
      }
    }
  }

  public Optional<Subscription> find(long id) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement("SELECT " + COLUMNS + " FROM report_subscription WHERE id = ?")) {
      select.setLong(1, id);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Optional.of(subscription(row)) : Optional.empty();
      }
    }
  }

  public List<Subscription> active(int limit, int offset) throws SQLException {
    List<Subscription> found = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT " + COLUMNS + " FROM report_subscription WHERE active = TRUE ORDER BY id OFFSET ? ROWS"
                + " FETCH FIRST ? ROWS ONLY")) {
      select.setInt(1, offset);
      select.setInt(2, limit);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          found.add(subscription(row));
        }
      }
    }
    return found;
  }

  public long activeCount() throws SQLException {
    try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM report_subscription WHERE active = TRUE");
        ResultSet row = select.executeQuery()) {
      row.next();
      return row.getLong(1);
    }
  }

  /** Marks the subscription deleted; its deliveries and archive stay. */
  public boolean deactivate(long id, Instant now) throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE report_subscription SET active = FALSE, deleted_at = ? WHERE id = ? AND active = TRUE")) {
      update.setTimestamp(1, Timestamp.from(now));
      update.setLong(2, id);
      return update.executeUpdate() == 1;
    }
  }

  /** The e-mail address of an enabled user. */
  public Optional<String> userAddress(String username) {
    try (PreparedStatement select =
        connection.prepareStatement("SELECT email FROM app_user WHERE username = ? AND enabled = TRUE")) {
      select.setString(1, username);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Optional.ofNullable(row.getString(1)).filter(email -> !email.isBlank()) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new com.tierwise.platform.DataAccessFailure(e);
    }
  }

  private static Subscription subscription(ResultSet row) throws SQLException {
    return new Subscription(
        row.getLong(1),
        ReportName.parse(row.getString(2)).orElseThrow(),
        ReportFormat.parse(row.getString(3)).orElseThrow(),
        ReportLocales.parse(row.getString(4)).orElseThrow(),
        Arrays.asList(row.getString(5).split("\n")),
        DeliverySchedule.parse(row.getString(6)),
        row.getBoolean(7),
        row.getString(8),
        row.getTimestamp(9).toInstant(),
        row.getBoolean(10));
  }
}
