package com.tierwise.survey;

import java.util.List;

/** The result of answering through the public page: accepted, or why not (the page shows it). */
public record AnswerOutcome(PublicSurvey.State state, boolean accepted, List<String> problems) {

  static AnswerOutcome ok() {
    return new AnswerOutcome(PublicSurvey.State.OPEN, true, List.of());
  }

  static AnswerOutcome refused(PublicSurvey.State state) {
    return new AnswerOutcome(state, false, List.of());
  }

  static AnswerOutcome invalid(List<String> problems) {
    return new AnswerOutcome(PublicSurvey.State.OPEN, false, List.copyOf(problems));
  }
}
