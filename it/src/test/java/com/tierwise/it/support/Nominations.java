package com.tierwise.it.support;

import java.util.List;
import java.util.Locale;

/** HIC nominations as the API takes them, for the tests that need an HIC. */
public final class Nominations {

  private Nominations() {}

  /** A nomination scoring every question the same (five questions: 5 x score in total). */
  public static String nomination(String externalId, int score) {
    StringBuilder answers = new StringBuilder();
    for (String question :
        List.of("SHARE_OF_BUSINESS", "RISK_OF_NON_DELIVERY", "PURCHASE_FREQUENCY", "LOYALTY", "EXPECTATION_LEVEL")) {
      answers.append(answers.length() == 0 ? "" : ",")
          .append("{\"question\":\"").append(question).append("\",\"score\":").append(score)
          .append(",\"explanation\":\"Seen in ").append(question.toLowerCase(Locale.ROOT)).append("\"}");
    }
    return "{" + (externalId == null ? "" : "\"externalId\":\"" + externalId + "\",") + "\"answers\":[" + answers
        + "],\"uniquenessAndRisk\":\"Their plant stops within hours without our parts\"}";
  }
}
