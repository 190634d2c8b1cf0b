package com.tierwise.web.portal.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FieldErrorsTest {

  @Test
  void problemsLandUnderTheirFieldAndLanguage() {
    FieldErrors errors =
        FieldErrors.of(
            List.of(
                "texts.fa.name: is required", "needs[1]: is required", "needs[3]: has 301 characters",
                "seeAlso[0].url: must be a portal page", "something went wrong"));
    assertEquals("is required", errors.getMap().get("texts.fa.name"));
    assertEquals("(2) is required (4) has 301 characters", errors.getMap().get("needs"));
    assertEquals("(1) must be a portal page", errors.getMap().get("seeAlso"));
    assertEquals(List.of("something went wrong"), errors.unplaced(List.of("texts.fa.name", "needs", "seeAlso")));
  }

  @Test
  void linesAreItemsAndBlankLinesAreDropped() {
    assertEquals(List.of("Fast repair", "A direct line"), PersonasView.lines(" Fast repair \r\n\n A direct line\n"));
    assertEquals(List.of(), PersonasView.lines(null));
  }
}
