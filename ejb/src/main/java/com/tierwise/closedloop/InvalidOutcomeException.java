package com.tierwise.closedloop;

/** A task change with unusable input (a missing outcome, a bad assignee); answered 400. */
@jakarta.ejb.ApplicationException(rollback = true)
public class InvalidOutcomeException extends Exception {

  public InvalidOutcomeException(String message) {
    super(message);
  }
}
