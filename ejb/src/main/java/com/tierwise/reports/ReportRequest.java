package com.tierwise.reports;

import com.tierwise.reports.rendering.ReportFormat;
import java.util.Locale;
import java.util.Objects;

/** Which report, in which format and language, over which period. */
public record ReportRequest(ReportName name, ReportFormat format, Locale locale, ReportPeriod period) {
  public ReportRequest {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(period, "period");
  }
}
