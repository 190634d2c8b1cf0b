package com.tierwise.web.survey;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tierwise.survey.SurveyTexts;
import org.junit.jupiter.api.Test;

/** The editor's preview is the public page's own HTML, escaped and right to left where it should be. */
class SurveyPreviewTest {

  @Test
  void anArabicPreviewIsRightToLeftWithTheEditedTextsEscaped() {
    String html =
        SurveyPreview.html(
            "ar", true, false,
            new SurveyTexts("<b>رأيك يهمنا</b>", "ما مدى احتمال أن توصي بنا؟", "شيء آخر؟", "راضٍ؟", null, "s", "{link}"));
    assertTrue(html.contains("dir=\"rtl\""), html);
    assertTrue(html.contains("&lt;b&gt;رأيك يهمنا&lt;/b&gt;"), "escaped title");
    assertFalse(html.contains("<b>"), "no markup from the editor");
    assertTrue(html.contains("id=\"score-10\""), "the 0-10 scale");
    assertTrue(html.contains("id=\"csat\""), "CSAT when enabled");
    assertFalse(html.contains("id=\"ces\""), "no CES when disabled");
  }

  @Test
  void blankFieldsWhileTypingStillRender() {
    String html = SurveyPreview.html("tr", false, true, new SurveyTexts(null, null, null, null, null, null, null));
    assertTrue(html.contains("dir=\"ltr\""), html);
    assertTrue(html.contains("id=\"ces\""), html);
  }
}
