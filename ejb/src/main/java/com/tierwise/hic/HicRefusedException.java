package com.tierwise.hic;

import java.util.List;

/**
 * A nomination, decision, review or profile the rules refuse; nothing is changed. The kind maps
 * to the API status: INVALID 422, FORBIDDEN 403, CONFLICT 409, NOT_FOUND 404.
 */
@jakarta.ejb.ApplicationException(rollback = true)
public class HicRefusedException extends Exception {

  public enum Kind {
    INVALID,
    FORBIDDEN,
    CONFLICT,
    NOT_FOUND
  }

  private final Kind kind;
  private final List<String> problems;

  public HicRefusedException(Kind kind, String message) {
    this(kind, message, List.of(message));
  }

  public HicRefusedException(Kind kind, String message, List<String> problems) {
    super(message);
    this.kind = kind;
    this.problems = List.copyOf(problems);
  }

  public static HicRefusedException invalid(String what, List<String> problems) {
    return new HicRefusedException(Kind.INVALID, what + " is not valid: " + String.join("; ", problems), problems);
  }

  public Kind kind() {
    return kind;
  }

  public List<String> problems() {
    return problems;
  }
}
