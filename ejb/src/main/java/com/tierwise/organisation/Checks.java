package com.tierwise.organisation;

import java.util.List;

/** The length and content checks the glossary, persona and journey validators share. */
public final class Checks {

  private Checks() {}

  /** Adds "field: is required" when blank; otherwise checks it as {@link #optional}. */
  public static boolean required(List<String> problems, String field, String value, int max) {
    if (value == null || value.isBlank()) {
      problems.add(field + ": is required");
      return false;
    }
    return optional(problems, field, value, max);
  }

  /** At most {@code max} characters (code points, so Persian or emoji count as one each), no NUL. */
  public static boolean optional(List<String> problems, String field, String value, int max) {
    if (value == null) {
      return true;
    }
    int length = value.strip().codePointCount(0, value.strip().length());
    if (length > max) {
      problems.add(field + ": has " + length + " characters; at most " + max + " are allowed");
      return false;
    }
    if (value.indexOf('\u0000') >= 0) {
      problems.add(field + ": must not contain the NUL character");
      return false;
    }
    return true;
  }

  public static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
