package com.tierwise.organisation.glossary;

import com.tierwise.survey.SurveyLocales;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One term of the shared vocabulary (DOMAIN.md section 5), with its name and definition in every
 * language, the slugs of related terms, "see also" links and who changed it last.
 */
public record GlossaryTerm(
    long id, String slug, Map<String, TermText> texts, List<String> related, List<SeeAlso> seeAlso,
    String updatedBy, Instant updatedAt) implements Serializable {

  public GlossaryTerm {
    texts = Map.copyOf(texts);
    related = List.copyOf(related);
    seeAlso = List.copyOf(seeAlso);
  }

  /** The text in this language, or the English one when it has none. */
  public TermText text(String locale) {
    TermText found = texts.get(locale);
    return found != null ? found : texts.get(SurveyLocales.DEFAULT);
  }
}
