package com.tierwise.web.api;

import java.io.IOException;

/** A request body that grew beyond its limit while it was read (a body sent without a length). */
public class RequestBodyTooLarge extends IOException {

  private static final long serialVersionUID = 1L;

  public RequestBodyTooLarge(long limit) {
    super("The request body is larger than the limit of " + limit + " bytes");
  }
}
