package com.tierwise.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SurveyLocalesTest {

  @Test
  void aRequestedLanguageWins() {
    assertEquals("fa", SurveyLocales.choose("fa-IR", "TR"));
    assertEquals("tr", SurveyLocales.choose("TR", null));
    assertEquals(Optional.empty(), SurveyLocales.parse("de"));
  }

  @Test
  void otherwiseTheCountryDecidesThenEnglish() {
    assertEquals("tr", SurveyLocales.choose(null, "tr"));
    assertEquals("fa", SurveyLocales.choose("", "IR"));
    assertEquals("ar", SurveyLocales.choose(null, "SA"));
    assertEquals("en", SurveyLocales.choose(null, "DE"));
    assertEquals("en", SurveyLocales.choose(null, null));
  }

  @Test
  void arabicAndPersianAreRightToLeft() {
    assertTrue(SurveyLocales.rightToLeft("fa"));
    assertTrue(SurveyLocales.rightToLeft("ar"));
    assertFalse(SurveyLocales.rightToLeft("tr"));
  }
}
