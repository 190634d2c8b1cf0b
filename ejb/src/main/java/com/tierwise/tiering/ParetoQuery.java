package com.tierwise.tiering;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The business value of one run's customers in 100 equal slices by rank, computed by the database
 * so that a million customers come back as 100 rows.
 */
public final class ParetoQuery {

  static final int SLICES = 100;

  private final Connection connection;

  public ParetoQuery(Connection connection) {
    this.connection = connection;
  }

  public ParetoCurve curve(long runId) throws SQLException {
    List<ParetoCurve.Slice> slices = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT slice, COUNT(*), SUM(business_value) FROM ("
                + " SELECT business_value, NTILE(" + SLICES + ") OVER (ORDER BY business_value DESC) AS slice"
                + " FROM tier_assignment WHERE run_id = ? AND business_value IS NOT NULL) ranked"
                + " GROUP BY slice ORDER BY slice")) {
      select.setLong(1, runId);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          slices.add(new ParetoCurve.Slice(row.getLong(2), row.getBigDecimal(3)));
        }
      }
    }
    return ParetoCurve.of(slices);
  }
}
