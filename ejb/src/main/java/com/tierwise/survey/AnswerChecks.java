package com.tierwise.survey;

import com.tierwise.closedloop.ResponseValidator;
import java.util.ArrayList;
import java.util.List;

/** Checks an answer from the public page against its survey; the keys name the fields at fault. */
final class AnswerChecks {

  private AnswerChecks() {}

  static List<String> problems(SurveyAnswer answer, boolean csat, boolean ces) {
    List<String> problems = new ArrayList<>();
    if (answer.score() == null || answer.score() < 0 || answer.score() > 10) {
      problems.add("score");
    }
    if (csat && answer.csat() != null && (answer.csat() < 1 || answer.csat() > 5)) {
      problems.add("csat");
    }
    if (ces && answer.ces() != null && (answer.ces() < 1 || answer.ces() > 5)) {
      problems.add("ces");
    }
    String comment = answer.comment();
    if (comment != null
        && (comment.codePointCount(0, comment.length()) > ResponseValidator.MAX_COMMENT_LENGTH
            || comment.indexOf('\u0000') >= 0)) {
      problems.add("comment");
    }
    return problems;
  }
}
