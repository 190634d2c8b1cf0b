package com.tierwise.web.observability;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id that ties a request's response, log lines and error body together. A caller's own
 * {@code X-Request-Id} is kept when it is safe to log and echo (1–64 letters, digits and
 * {@code . _ : -}), so ids chain across systems; anything else is replaced by a fresh one rather
 * than refused, since a bad id must never cost the caller its answer.
 */
public final class RequestIds {

  public static final String HEADER = "X-Request-Id";

  /** The servlet request attribute holding the id, for resources and mappers. */
  public static final String ATTRIBUTE = "tierwise.requestId";

  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

  private RequestIds() {}

  public static String acceptOrCreate(String offered) {
    return offered != null && SAFE.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
  }
}
