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

  static final String COLUMNS =
      "a.run_id, r.finished_at, r.policy_id, a.tier, a.computed_tier, a.business_value,"
          + " a.cx_score, a.business_percentile, a.cx_percentile, a.business_band, a.cx_band";

  static Assignment read(ResultSet row) throws SQLException {
    return new Assignment(
        row.getLong(1),
        row.getTimestamp(2).toInstant(),
        row.getLong(3),
        Tier.ofCode(row.getString(4)),
        Tier.ofCode(row.getString(5)),
        row.getBigDecimal(6),
        row.getBigDecimal(7),
        nullableDouble(row, 8),
        nullableDouble(row, 9),
        row.getString(10) == null ? null : Band.valueOf(row.getString(10)),
        row.getString(11) == null ? null : Band.valueOf(row.getString(11)));
  }

  private static Double nullableDouble(ResultSet row, int column) throws SQLException {
    double value = row.getDouble(column);
    return row.wasNull() ? null : value;
  }
}
