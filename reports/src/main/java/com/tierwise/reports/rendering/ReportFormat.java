package com.tierwise.reports.rendering;

import java.util.Locale;
import java.util.Optional;

/** The file types a report renders to. */
public enum ReportFormat {
  PDF("application/pdf", "pdf"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

  private final String contentType;
  private final String extension;

  ReportFormat(String contentType, String extension) {
    this.contentType = contentType;
    this.extension = extension;
  }

  public String contentType() {
    return contentType;
  }

  public String extension() {
    return extension;
  }

  /** "pdf" or "xlsx" in any case; empty for anything else. */
  public static Optional<ReportFormat> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String wanted = text.trim().toUpperCase(Locale.ROOT);
    for (ReportFormat format : values()) {
      if (format.name().equals(wanted)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }
}
