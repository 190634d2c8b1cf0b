package com.tierwise.tiering;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * SQL text and its parameter values written side by side, so a generated statement cannot get
 * its parameters out of order. Values are always bound, never written into the text.
 */
final class BoundSql {

  private final StringBuilder text = new StringBuilder(4096);
  private final List<Object> values = new ArrayList<>();

  BoundSql append(String sql) {
    text.append(sql);
    return this;
  }

  BoundSql bind(Object value) {
    text.append('?');
    values.add(value);
    return this;
  }

  PreparedStatement prepare(Connection connection) throws SQLException {
    PreparedStatement statement = connection.prepareStatement(text.toString());
    for (int i = 0; i < values.size(); i++) {
      Object value = values.get(i);
      if (value instanceof BigDecimal decimal) {
        statement.setBigDecimal(i + 1, decimal);
      } else if (value instanceof Long number) {
        statement.setLong(i + 1, number);
      } else if (value instanceof java.time.LocalDate date) {
        statement.setDate(i + 1, java.sql.Date.valueOf(date));
      } else {
        statement.setString(i + 1, (String) value);
      }
    }
    return statement;
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
