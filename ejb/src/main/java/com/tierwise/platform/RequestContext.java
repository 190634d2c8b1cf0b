package com.tierwise.platform;

import java.util.Optional;

/**
 * The id of the HTTP request the current thread serves, set by the web tier for the length of
 * the request, so that an audit revision can name the request that made it. A thread-local is
 * enough: EJB calls from the web tier run on the request's thread.
 */
public final class RequestContext {

  private static final ThreadLocal<String> REQUEST_ID = new ThreadLocal<>();

  private RequestContext() {}

  public static Optional<String> requestId() {
    return Optional.ofNullable(REQUEST_ID.get());
  }

  public static void begin(String requestId) {
    REQUEST_ID.set(requestId);
  }

  public static void end() {
    REQUEST_ID.remove();
  }
}
