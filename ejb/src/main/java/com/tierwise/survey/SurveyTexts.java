package com.tierwise.survey;

import java.io.Serializable;

/**
 * The wording of one survey in one language. {@code csatQuestion} and {@code cesQuestion} are
 * asked only when the definition enables them; {@code mailBody} contains {@value #LINK}, replaced
 * by the survey's address.
 */
public record SurveyTexts(
    String title,
    String npsQuestion,
    String openQuestion,
    String csatQuestion,
    String cesQuestion,
    String mailSubject,
    String mailBody) implements Serializable {

  public static final String LINK = "{link}";

  public String mailText(String link) {
    return mailBody.replace(LINK, link);
  }
}
