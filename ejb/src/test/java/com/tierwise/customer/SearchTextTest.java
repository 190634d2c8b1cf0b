package com.tierwise.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class SearchTextTest {

  @Test
  void turkishIsAreOneLetter() {
    assertEquals("isik insaat", SearchText.fold("IŞIK İNŞAAT"));
    assertEquals("isik insaat", SearchText.fold("ışık inşaat"));
  }

  @Test
  void foldingDoesNotDependOnTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      assertEquals("istanbul", SearchText.fold("ISTANBUL"));
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void arabicAndPersianSpellingsMeet() {
    assertEquals(SearchText.fold("کویت"), SearchText.fold("كويت"));
    assertEquals(SearchText.fold("علی"), SearchText.fold("علي"));
    assertEquals(SearchText.fold("محمد"), SearchText.fold("مُحَمَّد"));
    assertEquals(SearchText.fold("احمد"), SearchText.fold("أحمد"));
  }
}
