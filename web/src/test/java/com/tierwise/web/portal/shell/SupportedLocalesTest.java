package com.tierwise.web.portal.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SupportedLocalesTest {

  @Test
  void theBrowsersPreferenceWinsByWeight() {
    assertEquals("fa", SupportedLocales.fromAcceptLanguage("fa-IR,en;q=0.8").getLanguage());
    assertEquals("tr", SupportedLocales.fromAcceptLanguage("de;q=0.9,tr;q=0.5").getLanguage());
    assertEquals("en", SupportedLocales.fromAcceptLanguage("de,fr").getLanguage());
    assertEquals("en", SupportedLocales.fromAcceptLanguage(null).getLanguage());
  }

  @Test
  void aMalformedEntryDoesNotSpoilTheHeader() {
    assertEquals("ar", SupportedLocales.fromAcceptLanguage("??;q=x,ar-SA;q=0.7").getLanguage());
  }

  @Test
  void tagsParseWhateverTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      assertEquals(Optional.of(Locale.forLanguageTag("tr")), SupportedLocales.parse("TR"));
      assertEquals(Optional.empty(), SupportedLocales.parse("de"));
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void arabicAndPersianAreRightToLeft() {
    assertTrue(SupportedLocales.isRightToLeft(Locale.forLanguageTag("fa")));
    assertTrue(SupportedLocales.isRightToLeft(Locale.forLanguageTag("ar-EG")));
    assertFalse(SupportedLocales.isRightToLeft(Locale.forLanguageTag("tr")));
  }
}
