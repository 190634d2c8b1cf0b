package com.tierwise.security;

import jakarta.ejb.ApplicationException;

/** A user that cannot be created as asked: the message says why. */
@ApplicationException(rollback = true)
public class UserCreationException extends Exception {

  public enum Reason {
    INVALID,
    DUPLICATE
  }

  private final Reason reason;

  public UserCreationException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
