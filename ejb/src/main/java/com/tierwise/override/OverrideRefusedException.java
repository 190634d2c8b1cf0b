package com.tierwise.override;

import java.util.List;

/**
 * An override request or decision the rules refuse. The kind says why, and the API answers with
 * its status: INVALID 422, FORBIDDEN 403, CONFLICT 409, NOT_FOUND 404. Nothing is changed.
 */
@jakarta.ejb.ApplicationException(rollback = true)
public class OverrideRefusedException extends Exception {

  public enum Kind {
    INVALID,
    FORBIDDEN,
    CONFLICT,
    NOT_FOUND
  }

  private final Kind kind;
  private final List<String> problems;

  public OverrideRefusedException(Kind kind, String message) {
    this(kind, message, List.of(message));
  }

  public OverrideRefusedException(Kind kind, String message, List<String> problems) {
    super(message);
    this.kind = kind;
    this.problems = List.copyOf(problems);
  }

  public static OverrideRefusedException invalid(List<String> problems) {
    return new OverrideRefusedException(
        Kind.INVALID, "The override request is not valid: " + String.join("; ", problems), problems);
  }

  public Kind kind() {
    return kind;
  }

  public List<String> problems() {
    return problems;
  }
}
