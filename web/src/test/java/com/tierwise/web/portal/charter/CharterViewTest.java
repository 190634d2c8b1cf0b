package com.tierwise.web.portal.charter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A target typed on any of the portal's keyboards is the same number. */
class CharterViewTest {

  @Test
  void persianArabicAndLatinDigitsAreOneNumber() {
    assertEquals(new BigDecimal("50"), CharterView.number("۵۰"));
    assertEquals(new BigDecimal("12.5"), CharterView.number("١٢٫٥"));
    assertEquals(new BigDecimal("-20"), CharterView.number(" \u221220 "));
    assertEquals(new BigDecimal("7.5"), CharterView.number("7,5"));
    assertEquals("lots", CharterView.number("lots"));
    assertNull(CharterView.number("  "));
  }
}
