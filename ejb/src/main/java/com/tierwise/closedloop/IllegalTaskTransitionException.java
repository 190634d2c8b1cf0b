package com.tierwise.closedloop;

/** A task asked to move where its state machine does not allow (claim a DONE task, ...). */
@jakarta.ejb.ApplicationException(rollback = true)
public class IllegalTaskTransitionException extends Exception {

  public IllegalTaskTransitionException(String message) {
    super(message);
  }
}
