package com.tierwise.web.survey;

import com.tierwise.survey.PublicSurvey;
import com.tierwise.survey.SurveyTexts;
import java.util.List;

/**
 * The public survey page as a customer would see it, for the survey editor's live preview: the
 * same renderer as the real page, so what the editor shows is what is sent. The form in it posts
 * nowhere (the editor shows it in a sandboxed frame).
 */
public final class SurveyPreview {

  private SurveyPreview() {}

  public static String html(String locale, boolean csat, boolean ces, SurveyTexts texts) {
    SurveyTexts shown =
        new SurveyTexts(
            orEmpty(texts.title()), orEmpty(texts.npsQuestion()), orEmpty(texts.openQuestion()),
            orEmpty(texts.csatQuestion()), orEmpty(texts.cesQuestion()), orEmpty(texts.mailSubject()),
            orEmpty(texts.mailBody()));
    return new SurveyPageRenderer(locale)
        .form("preview", new PublicSurvey(PublicSurvey.State.OPEN, locale, csat, ces, shown), List.of(),
            SurveyPageRenderer.Answered.NOTHING);
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }
}
