package com.tierwise.customer;

import com.tierwise.tiering.Assignment;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Customer reads joined with the latest tiering run. Filters are always bound parameters. */
public final class CustomerQueries {

  private static final String SELECT =
      "SELECT c.id, c.external_id, c.name, c.business_value, c.cx_score, c.revenue,"
          + " c.share_of_wallet, c.country, c.industry, c.segment, c.owner, c.email, c.hic,"
          + " c.created_at, c.updated_at, " + Assignment.COLUMNS
          + " FROM customer c"
          + " LEFT JOIN tier_assignment a ON a.customer_id = c.id"
          + " AND a.run_id = (SELECT MAX(id) FROM tiering_run)"
          + " LEFT JOIN tiering_run r ON r.id = a.run_id";

  private final Connection connection;

  public CustomerQueries(Connection connection) {
    this.connection = connection;
  }

  public Optional<CustomerDetails> byExternalId(String externalId) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(SELECT + " WHERE c.external_id = ?")) {
      select.setString(1, externalId);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Optional.of(read(row)) : Optional.empty();
      }
    }
  }

  public List<CustomerDetails> list(CustomerFilter filter, int limit, int offset) throws SQLException {
    Where where = where(filter);
    List<CustomerDetails> customers = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            SELECT + where.sql + " ORDER BY c.id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
      int index = where.bind(select);
      select.setInt(index++, offset);
      select.setInt(index, limit);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          customers.add(read(row));
        }
      }
    }
    return customers;
  }

  public long count(CustomerFilter filter) throws SQLException {
    Where where = where(filter);
    String from =
        where.needsAssignment
            ? "SELECT COUNT(*) FROM customer c LEFT JOIN tier_assignment a ON a.customer_id = c.id"
                + " AND a.run_id = (SELECT MAX(id) FROM tiering_run)"
            : "SELECT COUNT(*) FROM customer c";
    try (PreparedStatement select = connection.prepareStatement(from + where.sql)) {
      where.bind(select);
      try (ResultSet row = select.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  private record Where(String sql, List<Object> values, boolean needsAssignment) {
    int bind(PreparedStatement statement) throws SQLException {
      int index = 1;
      for (Object value : values) {
        statement.setObject(index++, value);
      }
      return index;
    }
  }

  private static Where where(CustomerFilter filter) {
    List<String> conditions = new ArrayList<>();
    List<Object> values = new ArrayList<>();
    boolean needsAssignment = false;
    if (filter.tier() != null) {
      needsAssignment = true;
      if ("UNTIERED".equals(filter.tier())) {
        conditions.add("a.tier IS NULL");
      } else {
        conditions.add("a.tier = ?");
        values.add(filter.tier());
      }
    }
    if (filter.owner() != null) {
      conditions.add("c.owner = ?");
      values.add(filter.owner());
    }
    if (filter.segment() != null) {
      conditions.add("c.segment = ?");
      values.add(filter.segment());
    }
    if (filter.country() != null) {
      conditions.add("c.country = ?");
      values.add(filter.country());
    }
    if (filter.hic() != null) {
      conditions.add("c.hic = ?");
      values.add(filter.hic());
    }
    if (filter.nameContains() != null && !filter.nameContains().isBlank()) {
      conditions.add("c.search_name LIKE ? ESCAPE '\\'");
      values.add("%" + escapeLike(SearchText.fold(filter.nameContains())) + "%");
    }
    String sql = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    return new Where(sql, values, needsAssignment);
  }

  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private static CustomerDetails read(ResultSet row) throws SQLException {
    Assignment assignment = Assignment.read(row, 16);
    return new CustomerDetails(
        row.getLong(1),
        row.getString(2),
        row.getString(3),
        row.getBigDecimal(4),
        row.getBigDecimal(5),
        row.getBigDecimal(6),
        row.getBigDecimal(7),
        row.getString(8),
        row.getString(9),
        row.getString(10),
        row.getString(11),
        row.getString(12),
        row.getBoolean(13),
        row.getTimestamp(14).toInstant(),
        row.getTimestamp(15).toInstant(),
        assignment);
  }
}
