package com.tierwise.treatment;

import java.util.List;

/** A treatment policy that breaks its rules; nothing is saved. */
@jakarta.ejb.ApplicationException(rollback = true)
public class TreatmentPolicyInvalidException extends Exception {

  private final List<String> problems;

  public TreatmentPolicyInvalidException(List<String> problems) {
    super("The treatment policy is not valid: " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
