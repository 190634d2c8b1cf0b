package com.tierwise.organisation.persona;

import java.util.Locale;

/**
 * The initials of a name for a photo-less avatar: the first letter of the first and of the last
 * word, by code point, so "Zeynep Işık" gives "ZI" and "مریم احمدی" gives "ما". Upper case by
 * Locale.ROOT (scripts without case, such as Arabic and Persian, stay as they are).
 */
public final class Initials {

  private Initials() {}

  public static String of(String name) {
    if (name == null || name.isBlank()) {
      return "?";
    }
    String[] words = name.strip().split("\\s+");
    StringBuilder initials = new StringBuilder();
    initials.appendCodePoint(firstLetter(words[0]));
    if (words.length > 1) {
      initials.appendCodePoint(firstLetter(words[words.length - 1]));
    }
    return initials.toString().toUpperCase(Locale.ROOT);
  }

  private static int firstLetter(String word) {
    return word.codePoints().filter(Character::isLetterOrDigit).findFirst().orElse(word.codePointAt(0));
  }
}
