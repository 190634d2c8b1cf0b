package com.tierwise.customer.profile;

/** A note that cannot be stored, with the reason in English for the API and logs. */
public class InvalidNoteException extends Exception {

  private static final long serialVersionUID = 1L;

  private final String code;

  public InvalidNoteException(String code, String message) {
    super(message);
    this.code = code;
  }

  /** A stable key for the portal to word the reason: EMPTY or TOO_LONG. */
  public String code() {
    return code;
  }
}
