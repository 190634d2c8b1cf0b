package com.tierwise.organisation.scorecard;

import com.tierwise.customer.export.ExportFormat;
import com.tierwise.customer.export.TableWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;

/** The scorecard as CSV or XLSX for the compensation review, through the formula-safe writer. */
public final class ScorecardExport {

  public static final List<String> HEADERS =
      List.of("quarter", "team", "metric", "unit", "owner", "actual", "target", "status", "previous", "trend");

  private ScorecardExport() {}

  public static void write(Scorecard scorecard, ExportFormat format, OutputStream out) throws IOException {
    try (TableWriter table = TableWriter.open(format, out, "scorecard " + scorecard.quarter(), HEADERS)) {
      for (ScorecardRow row : scorecard.rows()) {
        table.row(Arrays.asList(
            scorecard.quarter().toString(),
            row.team(),
            row.metric().name(),
            row.metric().unit(),
            row.owner(),
            rounded(row.actual()),
            rounded(row.target()),
            row.status().name(),
            rounded(row.previous()),
            row.trend() == null ? null : row.trend().name()));
      }
    }
  }

  /** Two decimals: shares and averages, as the page shows them. */
  public static BigDecimal rounded(Double value) {
    return value == null ? null : BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
  }
}
