package com.tierwise.web.portal.shell;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The portal's four languages, how a browser's Accept-Language picks one, and which are written
 * right to left. Independent of the JVM's default locale: tags are compared in {@link
 * Locale#ROOT} case.
 */
public final class SupportedLocales {

  /** Language tags in the order the switcher shows them. */
  public static final List<String> TAGS = List.of("en", "tr", "ar", "fa");

  public static final Locale DEFAULT = Locale.ENGLISH;

  private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "fa");

  private SupportedLocales() {}

  /** The supported locale with this tag ("tr", "TR", "tr-TR"), or empty. */
  public static Optional<Locale> parse(String tag) {
    if (tag == null || tag.isBlank()) {
      return Optional.empty();
    }
    try {
      String language = new Locale.Builder().setLanguageTag(tag.trim()).build().getLanguage();
      return TAGS.contains(language) ? Optional.of(Locale.forLanguageTag(language)) : Optional.empty();
    } catch (IllformedLocaleException e) {
      return Optional.empty();
    }
  }

  /**
   * The best supported locale for an Accept-Language header (RFC 4647 lookup, honouring q
   * values: "fa-IR,en;q=0.8" gives fa), or English when none matches. Malformed entries are
   * skipped rather than spoiling the whole header.
   */
  public static Locale fromAcceptLanguage(String header) {
    if (header == null || header.isBlank()) {
      return DEFAULT;
    }
    String tag = Locale.lookupTag(ranges(header), TAGS);
    return tag == null ? DEFAULT : Locale.forLanguageTag(tag);
  }

  private static List<Locale.LanguageRange> ranges(String header) {
    try {
      return Locale.LanguageRange.parse(header);
    } catch (IllegalArgumentException malformed) {
      List<Locale.LanguageRange> ranges = new ArrayList<>();
      for (String entry : header.split(",")) {
        try {
          ranges.addAll(Locale.LanguageRange.parse(entry.trim()));
        } catch (IllegalArgumentException skipped) {
          // one bad entry
        }
      }
      ranges.sort(Comparator.comparingDouble(Locale.LanguageRange::getWeight).reversed());
      return ranges;
    }
  }

  public static boolean isRightToLeft(Locale locale) {
    return locale != null && RIGHT_TO_LEFT.contains(locale.getLanguage());
  }
}
