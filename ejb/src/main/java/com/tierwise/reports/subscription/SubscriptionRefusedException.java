package com.tierwise.reports.subscription;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** A subscription that cannot be stored, with every reason (answered 422). */
@ApplicationException(rollback = true)
public class SubscriptionRefusedException extends Exception {

  private final List<String> problems;

  public SubscriptionRefusedException(List<String> problems) {
    super("The subscription is not valid: " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
