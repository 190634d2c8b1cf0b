package com.tierwise.web.api;

/** The {@code limit} (default 100, at most 10000) and {@code offset} of list endpoints. */
public record Paging(int limit, int offset) {

  public static final int DEFAULT_LIMIT = 100;
  public static final int MAX_LIMIT = 10_000;
  public static final String TOTAL_COUNT = "X-Total-Count";

  /** Parses the raw query values, so a bad number is a 400 with a reason rather than a 404. */
  public static Paging of(String limit, String offset) {
    int resolvedLimit = parse("limit", limit, DEFAULT_LIMIT);
    int resolvedOffset = parse("offset", offset, 0);
    if (resolvedLimit < 0 || resolvedLimit > MAX_LIMIT) {
      throw new InvalidRequestException("limit must be between 0 and " + MAX_LIMIT);
    }
    if (resolvedOffset < 0) {
      throw new InvalidRequestException("offset must not be negative");
    }
    return new Paging(resolvedLimit, resolvedOffset);
  }

  private static int parse(String name, String value, int fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new InvalidRequestException(name + " must be a whole number, not \"" + value + "\"");
    }
  }
}
