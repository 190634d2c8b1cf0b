package com.tierwise.organisation.glossary;

import java.util.List;
import java.util.Map;

/**
 * A term as an editor submits it: the slug (its key, fixed once created), texts by language
 * (en, tr, ar, fa), the slugs of related terms and "see also" links.
 */
public record TermDraft(String slug, Map<String, TermText> texts, List<String> related, List<SeeAlso> seeAlso) {

  public TermDraft {
    texts = texts == null ? Map.of() : texts;
    related = related == null ? List.of() : related;
    seeAlso = seeAlso == null ? List.of() : seeAlso;
  }
}
