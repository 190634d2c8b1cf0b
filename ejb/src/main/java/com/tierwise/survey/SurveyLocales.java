package com.tierwise.survey;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The languages surveys are written in (those of the portal) and how one is picked. */
public final class SurveyLocales {

  public static final List<String> SUPPORTED = List.of("en", "tr", "ar", "fa");
  public static final String DEFAULT = "en";

  private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "fa");
  /** Countries whose customers get Arabic by default (ISO 3166 alpha-2). */
  private static final Set<String> ARABIC =
      Set.of("AE", "BH", "DZ", "EG", "IQ", "JO", "KW", "LB", "LY", "MA", "OM", "PS", "QA", "SA", "SD", "SY", "TN", "YE");

  private SurveyLocales() {}

  /** A supported language from a tag such as "fa", "fa-IR" or "TR"; empty otherwise. */
  public static Optional<String> parse(String tag) {
    if (tag == null || tag.isBlank()) {
      return Optional.empty();
    }
    String language = Locale.forLanguageTag(tag.trim().replace('_', '-')).getLanguage().toLowerCase(Locale.ROOT);
    return SUPPORTED.contains(language) ? Optional.of(language) : Optional.empty();
  }

  /** The language asked for, else the one of the customer's country, else English. */
  public static String choose(String requested, String country) {
    Optional<String> asked = parse(requested);
    if (asked.isPresent()) {
      return asked.get();
    }
    String code = country == null ? "" : country.trim().toUpperCase(Locale.ROOT);
    if (code.equals("TR")) {
      return "tr";
    }
    if (code.equals("IR") || code.equals("AF")) {
      return "fa";
    }
    return ARABIC.contains(code) ? "ar" : DEFAULT;
  }

  public static boolean rightToLeft(String locale) {
    return RIGHT_TO_LEFT.contains(locale);
  }
}
