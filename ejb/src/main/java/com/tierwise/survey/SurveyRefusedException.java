package com.tierwise.survey;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** A survey call refused as a whole, nothing changed; {@link #kind()} says how the API answers. */
@ApplicationException(rollback = true)
public class SurveyRefusedException extends Exception {

  public enum Kind {
    /** The request itself is wrong (422), every problem listed. */
    INVALID,
    /** No such customer or survey (404). */
    NOT_FOUND
  }

  private final Kind kind;
  private final List<String> problems;

  public SurveyRefusedException(Kind kind, String message, List<String> problems) {
    super(message);
    this.kind = kind;
    this.problems = List.copyOf(problems);
  }

  public SurveyRefusedException(Kind kind, String message) {
    this(kind, message, List.of());
  }

  public Kind kind() {
    return kind;
  }

  public List<String> problems() {
    return problems;
  }
}
