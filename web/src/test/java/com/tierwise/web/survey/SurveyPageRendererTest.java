package com.tierwise.web.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tierwise.survey.PublicSurvey;
import com.tierwise.survey.SurveyTexts;
import java.util.List;
import org.junit.jupiter.api.Test;

class SurveyPageRendererTest {

  private static final SurveyTexts TEXTS =
      new SurveyTexts("<script>alert(1)</script>", "Q \"10\"?", "More & more?", "Happy?", null, "S", "{link}");

  @Test
  void everyTextIsEscaped() {
    String html =
        new SurveyPageRenderer("en")
            .form("tok\"en", new PublicSurvey(PublicSurvey.State.OPEN, "en", true, false, TEXTS), List.of("score"),
                new SurveyPageRenderer.Answered(null, null, null, "</textarea><b>x</b>"));
    assertFalse(html.contains("<script>"), html);
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assertTrue(html.contains("Q &quot;10&quot;?") && html.contains("More &amp; more?"));
    assertTrue(html.contains("value=\"tok&quot;en\""));
    assertTrue(html.contains("&lt;/textarea&gt;&lt;b&gt;x&lt;/b&gt;"));
    assertTrue(html.contains("id=\"error-score\""));
    assertTrue(html.contains("id=\"csat-5\"") && !html.contains("id=\"ces-1\""), "CSAT asked, CES not");
  }

  @Test
  void persianAndArabicAreRightToLeftWithTheirDigits() {
    String persian =
        new SurveyPageRenderer("fa")
            .form("t", new PublicSurvey(PublicSurvey.State.OPEN, "fa", false, false, TEXTS), List.of(),
                SurveyPageRenderer.Answered.NOTHING);
    assertTrue(persian.startsWith("<!DOCTYPE html><html lang=\"fa\" dir=\"rtl\">"));
    assertTrue(persian.contains(">۱۰</span>"), "Persian digits");
    // The scale is written 0..10 in document order; dir="rtl" lays it out from the right.
    assertTrue(persian.indexOf("id=\"score-0\"") < persian.indexOf("id=\"score-10\""));
    assertTrue(new SurveyPageRenderer("ar").message("survey.page.used.heading", "survey.page.used.text")
        .contains("dir=\"rtl\""));
    assertTrue(new SurveyPageRenderer("tr").message("survey.page.used.heading", "survey.page.used.text")
        .contains("dir=\"ltr\""));
  }

  @Test
  void anUnknownLanguageFallsBackToEnglish() {
    assertEquals("Send", new SurveyPageRenderer("de").text("survey.page.send"));
    assertEquals("Gönder", new SurveyPageRenderer("tr").text("survey.page.send"));
  }
}
