package com.tierwise.hic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A nomination (or its amendment) as sent, so every problem is reported at once: the customer,
 * the five qualifying questions each scored 0..5 and explained, and the uniqueness/risk statement.
 */
public record NominationInput(String externalId, List<AnswerInput> answers, String uniquenessAndRisk) {

  public static final int MAX_TEXT = 4000;

  /** One answer as sent. */
  public record AnswerInput(String question, Integer score, String explanation) {}

  /** Every reason the nomination cannot be taken; empty when it can. */
  public List<String> problems(boolean customerRequired) {
    List<String> problems = new ArrayList<>();
    if (customerRequired && blank(externalId)) {
      problems.add("externalId is required");
    }
    if (answers == null || answers.isEmpty()) {
      problems.add("answers must score and explain each of the five qualifying questions " + questionNames());
    } else {
      Set<Question> seen = EnumSet.noneOf(Question.class);
      for (int i = 0; i < answers.size(); i++) {
        AnswerInput answer = answers.get(i);
        String where = "answers[" + i + "]";
        if (answer == null) {
          problems.add(where + " is empty");
          continue;
        }
        Question question = question(answer.question());
        if (question == null) {
          problems.add(where + ".question must be one of " + questionNames()
              + (answer.question() == null ? "" : ", not \"" + answer.question() + "\""));
        } else {
          where = where + " (" + question + ")";
          if (!seen.add(question)) {
            problems.add(where + ": the question is answered more than once");
          }
        }
        if (answer.score() == null) {
          problems.add(where + ".score is required (" + Question.MIN_SCORE + " to " + Question.MAX_SCORE + ")");
        } else if (answer.score() < Question.MIN_SCORE || answer.score() > Question.MAX_SCORE) {
          problems.add(where + ".score must be between " + Question.MIN_SCORE + " and " + Question.MAX_SCORE
              + ", not " + answer.score());
        }
        if (blank(answer.explanation())) {
          problems.add(where + ".explanation is required: say why this score");
        } else if (answer.explanation().length() > MAX_TEXT) {
          problems.add(where + ".explanation must be at most " + MAX_TEXT + " characters");
        }
      }
      for (Question question : Question.values()) {
        if (!seen.contains(question)) {
          problems.add("answers: question " + question + " is not answered");
        }
      }
    }
    if (blank(uniquenessAndRisk)) {
      problems.add("uniquenessAndRisk is required: what makes this customer unique, and what is at risk");
    } else if (uniquenessAndRisk.length() > MAX_TEXT) {
      problems.add("uniquenessAndRisk must be at most " + MAX_TEXT + " characters");
    }
    return problems;
  }

  /** The answers in question order; call only when {@link #problems} is empty. */
  public List<Answer> parsedAnswers() {
    return answers.stream()
        .map(a -> new Answer(question(a.question()), a.score(), a.explanation().trim()))
        .sorted((x, y) -> x.question().compareTo(y.question()))
        .toList();
  }

  public String trimmedExternalId() {
    return blank(externalId) ? null : externalId.trim();
  }

  private static Question question(String name) {
    if (name == null) {
      return null;
    }
    try {
      return Question.valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String questionNames() {
    return Arrays.toString(Question.values());
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
