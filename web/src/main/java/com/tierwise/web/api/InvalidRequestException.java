package com.tierwise.web.api;

/** A request the API cannot act on (a bad parameter); answered 400 with the message. */
public class InvalidRequestException extends RuntimeException {

  public InvalidRequestException(String message) {
    super(message);
  }
}
