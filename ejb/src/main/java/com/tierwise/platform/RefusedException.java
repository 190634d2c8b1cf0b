package com.tierwise.platform;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A request that the rules of a workflow refuse as a whole; nothing is changed (the transaction
 * rolls back). The kind says why, and the API answers with its status: INVALID 422, FORBIDDEN
 * 403, CONFLICT 409, NOT_FOUND 404, with every problem listed.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class RefusedException extends Exception {

  private static final long serialVersionUID = 1L;

  public enum Kind {
    INVALID,
    FORBIDDEN,
    CONFLICT,
    NOT_FOUND
  }

  private final Kind kind;
  private final List<String> problems;

  protected RefusedException(Kind kind, String message, List<String> problems) {
    super(message);
    this.kind = kind;
    this.problems = List.copyOf(problems);
  }

  public Kind kind() {
    return kind;
  }

  public List<String> problems() {
    return problems;
  }
}
