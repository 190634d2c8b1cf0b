package com.tierwise.reports;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages reports are written in: those of the portal. */
public final class ReportLocales {

  public static final List<String> SUPPORTED = List.of("en", "tr", "ar", "fa");

  private ReportLocales() {}

  /** "en", "tr", "ar" or "fa" (any case); empty for anything else. */
  public static Optional<Locale> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String language = text.trim().toLowerCase(Locale.ROOT);
    return SUPPORTED.contains(language) ? Optional.of(Locale.forLanguageTag(language)) : Optional.empty();
  }
}
