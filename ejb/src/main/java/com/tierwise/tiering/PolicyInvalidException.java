package com.tierwise.tiering;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** A policy that cannot be saved; every reason is listed. */
@ApplicationException(rollback = true)
public class PolicyInvalidException extends Exception {

  private final List<String> problems;

  public PolicyInvalidException(List<String> problems) {
    super("Invalid tiering policy: " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
