package com.tierwise.survey;

import com.tierwise.closedloop.Touchpoint;
import java.util.Map;

/**
 * The survey sent after one touchpoint: always the 0-10 likelihood-to-recommend question and an
 * open question, optionally satisfaction (CSAT, 1-5) and effort (CES, 1-5), in every language.
 *
 * @param texts by language (en, tr, ar, fa)
 */
public record SurveyDefinition(
    Touchpoint touchpoint, boolean csatEnabled, boolean cesEnabled, Map<String, SurveyTexts> texts) {

  public SurveyDefinition {
    texts = texts == null ? Map.of() : Map.copyOf(texts);
  }

  /** The texts in this language, or English when it has none. */
  public SurveyTexts texts(String locale) {
    SurveyTexts found = texts.get(locale);
    return found != null ? found : texts.get(SurveyLocales.DEFAULT);
  }
}
