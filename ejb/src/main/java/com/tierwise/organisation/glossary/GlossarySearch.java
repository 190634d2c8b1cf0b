package com.tierwise.organisation.glossary;

import com.tierwise.customer.SearchText;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Finds terms whose name or definition, in any language, contains the query, folded like the
 * customer search (customer.SearchText: Turkish I/İ/ı/i are one letter, Arabic and Persian letter
 * forms are one, accents and vowel marks are ignored). Names that match come before definitions
 * that match; within each, terms are in the reader's alphabetical order.
 *
 * <p>Done in memory: a glossary has tens to a few hundred terms, and folding here keeps a single
 * folding rule instead of a stored folded copy that could drift from the texts.
 */
public final class GlossarySearch {

  private GlossarySearch() {}

  public static List<GlossaryTerm> search(List<GlossaryTerm> terms, String query, String locale) {
    String folded = SearchText.fold(query);
    Collator collator = Collator.getInstance(Locale.forLanguageTag(locale));
    Comparator<GlossaryTerm> byName = Comparator.comparing(term -> term.text(locale).name(), collator);
    if (folded.isEmpty()) {
      return terms.stream().sorted(byName).toList();
    }
    return terms.stream()
        .filter(term -> nameMatches(term, folded) || definitionMatches(term, folded))
        .sorted(Comparator.comparing((GlossaryTerm term) -> nameMatches(term, folded) ? 0 : 1).thenComparing(byName))
        .toList();
  }

  static boolean nameMatches(GlossaryTerm term, String folded) {
    return term.slug().contains(folded)
        || term.texts().values().stream().anyMatch(text -> SearchText.fold(text.name()).contains(folded));
  }

  static boolean definitionMatches(GlossaryTerm term, String folded) {
    return term.texts().values().stream().anyMatch(text -> SearchText.fold(text.definition()).contains(folded));
  }
}
