package com.tierwise.survey;

/**
 * What the public survey page may show for a token: its state and, while it is open, the questions
 * in the invitation's language. Nothing about the customer is in it, on purpose.
 */
public record PublicSurvey(State state, String locale, boolean csat, boolean ces, SurveyTexts texts) {

  public enum State {
    OPEN,
    /** Answered already: each token answers once. */
    USED,
    EXPIRED,
    /** No invitation has this token (mistyped, or not a token at all). */
    UNKNOWN
  }

  static PublicSurvey closed(State state, String locale) {
    return new PublicSurvey(state, locale, false, false, null);
  }
}
