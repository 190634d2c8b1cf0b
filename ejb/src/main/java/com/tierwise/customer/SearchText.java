package com.tierwise.customer;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds names so a search finds them whatever the typist's keyboard: Turkish I/İ/ı/i are one
 * letter, accents and Arabic vowel marks are ignored, Arabic and Persian forms of yeh and kaf are
 * one letter, and tatweel is dropped. Case folding uses Locale.ROOT, never the default locale.
 */
public final class SearchText {

  private SearchText() {}

  public static String fold(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder folded = new StringBuilder(text.length());
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue; // accents, the dot of İ, Arabic harakat
      }
      switch (c) {
        case 'ı', 'I' -> folded.append('i');
        case '\u064A', '\u0649' -> folded.append('\u06CC'); // Arabic yeh, alef maksura -> Persian yeh
        case '\u0643' -> folded.append('\u06A9'); // Arabic kaf -> Persian keheh
        case '\u0629' -> folded.append('\u0647'); // teh marbuta -> heh
        case '\u0623', '\u0625', '\u0622' -> folded.append('\u0627'); // alef forms -> alef
        case '\u0640' -> { } // tatweel
        default -> folded.append(c);
      }
    }
    return folded.toString().toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
  }
}
