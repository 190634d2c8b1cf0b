package com.tierwise.web.api;

/**
 * The deepest nesting of arrays and objects in a JSON text, found by a scan that skips strings
 * (and escapes inside them). Parsers recurse per level, so 100,000 nested arrays would exhaust the
 * stack; the API refuses such a body before any parser sees it.
 */
final class JsonNesting {

  private JsonNesting() {}

  /** The nesting depth of the text, or {@code limit + 1} as soon as it goes beyond the limit. */
  static int depth(byte[] json, int length, int limit) {
    int depth = 0;
    int deepest = 0;
    boolean inString = false;
    for (int i = 0; i < length; i++) {
      byte b = json[i];
      if (inString) {
        if (b == '\\') {
          i++; // the escaped character, whatever it is
        } else if (b == '"') {
          inString = false;
        }
        continue;
      }
      switch (b) {
        case '"' -> inString = true;
        case '[', '{' -> {
          depth++;
          if (depth > deepest) {
            deepest = depth;
            if (deepest > limit) {
              return limit + 1;
            }
          }
        }
        case ']', '}' -> depth = Math.max(0, depth - 1);
        default -> {
          // values, separators, white space
        }
      }
    }
    return deepest;
  }
}
