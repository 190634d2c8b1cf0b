package com.tierwise.closedloop;

import java.util.List;

/** A batch of survey responses refused whole: every bad element is listed, nothing was stored. */
@jakarta.ejb.ApplicationException(rollback = true)
public class ResponsesRejectedException extends Exception {

  private final List<ResponseError> errors;

  public ResponsesRejectedException(List<ResponseError> errors) {
    super(errors.size() + " error(s) in the responses; nothing was stored");
    this.errors = List.copyOf(errors);
  }

  public List<ResponseError> errors() {
    return errors;
  }
}
