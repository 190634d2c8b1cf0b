package com.tierwise.reports;

import java.util.Arrays;
import java.util.Optional;

/** The reports Tierwise renders, by the name used in URLs and subscriptions. */
public enum ReportName {
  EXECUTIVE_TIER("executive-tier"),
  CX("cx");

  private final String slug;

  ReportName(String slug) {
    this.slug = slug;
  }

  public String slug() {
    return slug;
  }

  public static Optional<ReportName> parse(String text) {
    return Arrays.stream(values()).filter(name -> name.slug.equals(text)).findFirst();
  }

  public static String choices() {
    return String.join(", ", Arrays.stream(values()).map(ReportName::slug).toList());
  }
}
