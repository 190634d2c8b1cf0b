package com.tierwise.allocation;

import java.util.List;

/** An allocation question that cannot be answered (422): every problem, naming the field. */
@jakarta.ejb.ApplicationException(rollback = true)
public class AllocationRefusedException extends Exception {

  private final List<String> problems;

  public AllocationRefusedException(List<String> problems) {
    super("The allocation request is not valid: " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
