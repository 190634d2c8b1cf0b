package com.tierwise.customer;

import com.tierwise.tiering.Assignment;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

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
    return list(filter, CustomerSort.ID, limit, offset, null);
  }

  /**
   * One page of customers. With {@code afterId} (only for {@link CustomerSort#ID}) the page starts
   * after that customer and {@code offset} is ignored: the next page then costs the same however
   * deep it is, where an offset makes the database walk every row before it.
   */
  public List<CustomerDetails> list(
      CustomerFilter filter, CustomerSort sort, int limit, int offset, Long afterId) throws SQLException {
    boolean keyset = afterId != null && sort == CustomerSort.ID;
    Where where = where(filter);
    if (keyset) {
      where = where.and("c.id > ?", afterId);
      if (filter.needsAssignment()) {
        // Stated for the assignments too: the planner does not carry an inequality across the
        // join, and a merge join would otherwise read every assignment before the key.
        where = where.and("a.customer_id > ?", afterId);
      }
    }
    List<CustomerDetails> customers = new ArrayList<>();
    String page = keyset ? " FETCH FIRST ? ROWS ONLY" : " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
    try (PreparedStatement select =
        connection.prepareStatement(SELECT + where.sql + " ORDER BY " + sort.orderBy() + page)) {
      int index = where.bind(select);
      if (!keyset) {
        select.setInt(index++, offset);
      }
      select.setInt(index, limit);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          customers.add(read(row));
        }
      }
    }
    return customers;
  }

  /**
   * Every matching customer in order, one at a time, for exports: the driver fetches rows in
   * chunks (PostgreSQL needs the surrounding transaction for that), so memory stays flat.
   */
  public void forEach(CustomerFilter filter, CustomerSort sort, Consumer<CustomerDetails> sink)
      throws SQLException {
    Where where = where(filter);
    try (PreparedStatement select =
        connection.prepareStatement(SELECT + where.sql + " ORDER BY " + sort.orderBy())) {
      select.setFetchSize(2_000);
      where.bind(select);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          sink.accept(read(row));
        }
      }
    }
  }

  /** Owners with customers missing a metric (those customers get no tier), most gaps first. */
  public List<OwnerGap> gapsByOwner(int limit) throws SQLException {
    List<OwnerGap> gaps = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT c.owner, COUNT(*),"
                + " SUM(CASE WHEN c.business_value IS NULL THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN c.cx_score IS NULL THEN 1 ELSE 0 END)"
                + " FROM customer c WHERE c.business_value IS NULL OR c.cx_score IS NULL"
                + " GROUP BY c.owner ORDER BY COUNT(*) DESC, c.owner FETCH FIRST ? ROWS ONLY")) {
      select.setInt(1, limit);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          gaps.add(new OwnerGap(row.getString(1), row.getLong(2), row.getLong(3), row.getLong(4)));
        }
      }
    }
    return gaps;
  }

  /** See {@link CustomerDataVersion}; 0 stands for "none yet". */
  public CustomerDataVersion dataVersion() throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(CustomerDataVersion.SQL);
        ResultSet row = select.executeQuery()) {
      row.next();
      return new CustomerDataVersion(row.getLong(1), row.getLong(2), row.getLong(3));
    }
  }

  public long count(CustomerFilter filter) throws SQLException {
    Where where = where(filter);
    String from =
        filter.needsAssignment()
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

  private record Where(String sql, List<Object> values) {
    Where and(String condition, Object value) {
      List<Object> more = new ArrayList<>(values);
      more.add(value);
      return new Where(sql.isEmpty() ? " WHERE " + condition : sql + " AND " + condition, more);
    }

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
    if (filter.tier() != null) {
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
    if (filter.businessBand() != null) {
      conditions.add("a.business_band = ?");
      values.add(filter.businessBand().name());
    }
    if (filter.cxBand() != null) {
      conditions.add("a.cx_band = ?");
      values.add(filter.cxBand().name());
    }
    String sql = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    return new Where(sql, values);
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
