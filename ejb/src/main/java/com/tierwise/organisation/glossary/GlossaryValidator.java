package com.tierwise.organisation.glossary;

import static com.tierwise.organisation.Checks.optional;
import static com.tierwise.organisation.Checks.required;

import com.tierwise.survey.SurveyLocales;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks a glossary term and lists every problem with the field (and language) at fault. */
public final class GlossaryValidator {

  static final int MAX_NAME = 200;
  static final int MAX_DEFINITION = 4000;
  static final int MAX_RELATED = 20;
  static final int MAX_LINKS = 5;
  static final int MAX_LABEL = 100;
  static final int MAX_URL = 500;

  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private GlossaryValidator() {}

  /**
   * @param known the slugs of the terms that exist (related terms must be among them)
   * @return "field: reason" sentences; empty when the term is valid
   */
  public static List<String> problems(TermDraft draft, Set<String> known) {
    List<String> problems = new ArrayList<>();
    String slug = draft.slug() == null ? null : draft.slug().strip();
    if (slug == null || slug.isEmpty()) {
      problems.add("slug: is required");
    } else if (slug.length() > 64 || !SLUG.matcher(slug).matches()) {
      problems.add("slug: use 1-64 lower-case letters a-z, digits and single hyphens, such as \"net-promoter-score\"");
    }
    for (String locale : SurveyLocales.SUPPORTED) {
      TermText text = draft.texts().get(locale);
      if (text == null) {
        problems.add("texts." + locale + ": the term needs its name and definition in every language " + SurveyLocales.SUPPORTED);
        continue;
      }
      required(problems, "texts." + locale + ".name", text.name(), MAX_NAME);
      required(problems, "texts." + locale + ".definition", text.definition(), MAX_DEFINITION);
    }
    for (Map.Entry<String, TermText> entry : draft.texts().entrySet()) {
      if (!SurveyLocales.SUPPORTED.contains(entry.getKey())) {
        problems.add("texts." + entry.getKey() + ": languages are " + SurveyLocales.SUPPORTED);
      }
    }
    if (draft.related().size() > MAX_RELATED) {
      problems.add("related: at most " + MAX_RELATED + " related terms");
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < draft.related().size(); i++) {
      String related = draft.related().get(i);
      String field = "related[" + i + "]";
      if (related == null || related.isBlank()) {
        problems.add(field + ": is empty");
      } else if (related.strip().equals(slug)) {
        problems.add(field + ": a term cannot be related to itself");
      } else if (!known.contains(related.strip())) {
        problems.add(field + ": there is no term \"" + related.strip() + "\"");
      } else if (!seen.add(related.strip())) {
        problems.add(field + ": \"" + related.strip() + "\" is listed twice");
      }
    }
    if (draft.seeAlso().size() > MAX_LINKS) {
      problems.add("seeAlso: at most " + MAX_LINKS + " links");
    }
    for (int i = 0; i < draft.seeAlso().size(); i++) {
      SeeAlso link = draft.seeAlso().get(i);
      String field = "seeAlso[" + i + "]";
      if (link == null) {
        problems.add(field + ": must be an object {\"label\",\"url\"}");
        continue;
      }
      required(problems, field + ".label", link.label(), MAX_LABEL);
      if (required(problems, field + ".url", link.url(), MAX_URL) && !safeUrl(link.url().strip())) {
        problems.add(field + ".url: must be a portal page starting with / or an http:// or https:// address");
      }
    }
    return problems;
  }

  /** A link the portal may render: no javascript:, data: or protocol-relative addresses. */
  static boolean safeUrl(String url) {
    String lower = url.toLowerCase(Locale.ROOT);
    boolean page = url.startsWith("/") && !url.startsWith("//") && !url.contains("\\");
    boolean web = (lower.startsWith("https://") || lower.startsWith("http://")) && url.length() > lower.indexOf("//") + 2;
    return (page || web) && url.chars().noneMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c));
  }
}
