package com.tierwise.tiering;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** One customer's result in one run, with the facts that explain it. */
public record Assignment(
    long runId,
    Instant runAt,
    long policyId,
    Tier tier,
    Tier computedTier,
    BigDecimal businessValue,
    BigDecimal cxScore,
    Double businessPercentile,
    Double cxPercentile,
    Band businessBand,
    Band cxBand) {

  public static final String COLUMNS =
      "a.run_id, r.finished_at, r.policy_id, a.tier, a.computed_tier, a.business_value,"
          + " a.cx_score, a.business_percentile, a.cx_percentile, a.business_band, a.cx_band";

  static Assignment read(ResultSet row) throws SQLException {
    return read(row, 1);
  }

  /**
   * Reads the {@link #COLUMNS} starting at column {@code first}, or returns null when the row has
   * no assignment there (a LEFT JOIN that found none).
   */
  public static Assignment read(ResultSet row, int first) throws SQLException {
    long runId = row.getLong(first);
    if (row.wasNull()) {
      return null;
    }
    String businessBand = row.getString(first + 9);
    String cxBand = row.getString(first + 10);
    return new Assignment(
        runId,
        row.getTimestamp(first + 1).toInstant(),
        row.getLong(first + 2),
        Tier.ofCode(row.getString(first + 3)),
        Tier.ofCode(row.getString(first + 4)),
        row.getBigDecimal(first + 5),
        row.getBigDecimal(first + 6),
        nullableDouble(row, first + 7),
        nullableDouble(row, first + 8),
        businessBand == null ? null : Band.valueOf(businessBand),
        cxBand == null ? null : Band.valueOf(cxBand));
  }

  private static Double nullableDouble(ResultSet row, int column) throws SQLException {
    double value = row.getDouble(column);
    return row.wasNull() ? null : value;
  }
}
