package com.tierwise.survey;

import com.tierwise.closedloop.Touchpoint;
import java.io.Serializable;
import java.util.Map;

/**
 * The survey sent after one touchpoint: always the 0-10 likelihood-to-recommend question and an
 * open question, optionally satisfaction (CSAT, 1-5) and effort (CES, 1-5), in every language.
 *
 * @param texts by language (en, tr, ar, fa)
 * @param active false: no new invitations are sent for this touchpoint
 * @param contactWindowDays this survey's own contact-frequency window; null follows the configured one
 */
public record SurveyDefinition(
    Touchpoint touchpoint, boolean csatEnabled, boolean cesEnabled, Map<String, SurveyTexts> texts,
    boolean active, Integer contactWindowDays) implements Serializable {

  public static final int MAX_CONTACT_WINDOW_DAYS = 365;

  public SurveyDefinition {
    texts = texts == null ? Map.of() : Map.copyOf(texts);
  }

  /** An active definition that follows the configured contact window. */
  public SurveyDefinition(
      Touchpoint touchpoint, boolean csatEnabled, boolean cesEnabled, Map<String, SurveyTexts> texts) {
    this(touchpoint, csatEnabled, cesEnabled, texts, true, null);
  }

  /** The window that applies: this survey's own, else the configured default. */
  public int contactWindowDays(int configured) {
    return contactWindowDays != null ? contactWindowDays : configured;
  }

  /** The texts in this language, or English when it has none. */
  public SurveyTexts texts(String locale) {
    SurveyTexts found = texts.get(locale);
    return found != null ? found : texts.get(SurveyLocales.DEFAULT);
  }
}
