package com.tierwise.closedloop;

/** A task completed without a usable outcome; answered 400. */
@jakarta.ejb.ApplicationException(rollback = true)
public class InvalidOutcomeException extends Exception {

  public InvalidOutcomeException(String message) {
    super(message);
  }
}
