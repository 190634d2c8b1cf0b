package com.tierwise.platform;

/** A database failure no caller can fix; it rolls the transaction back and answers 503/500. */
public class DataAccessFailure extends RuntimeException {

  public DataAccessFailure(java.sql.SQLException cause) {
    super(cause.getMessage(), cause);
  }
}
