package com.tierwise.closedloop;

/** The escalation mail could not be sent: nothing was recorded, the next run tries again. */
@jakarta.ejb.ApplicationException(rollback = true)
public class EscalationNotSentException extends Exception {

  public EscalationNotSentException(String message, Throwable cause) {
    super(message, cause);
  }
}
