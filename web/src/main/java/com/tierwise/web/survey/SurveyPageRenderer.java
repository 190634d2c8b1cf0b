package com.tierwise.web.survey;

import com.tierwise.survey.PublicSurvey;
import com.tierwise.survey.SurveyLocales;
import com.tierwise.survey.SurveyTexts;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Writes the public survey page: plain HTML with inline CSS, no script, so it works on any phone
 * and under a strict Content-Security-Policy. Every text is escaped. In Arabic and Persian the
 * document is {@code dir="rtl"}, so the 0-10 scale runs from the right (0) to the left (10), as
 * readers of those scripts expect, with the end labels mirrored alongside.
 */
final class SurveyPageRenderer {

  static final String BUNDLE = "com.tierwise.web.i18n.messages";

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private static final String STYLE =
      "*{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,-apple-system,'Segoe UI',Tahoma,sans-serif;"
          + "background:#f4f6f8;color:#1d2731}main{max-width:40rem;margin:0 auto;padding:1rem}"
          + "section{background:#fff;border-radius:.5rem;padding:1.25rem;box-shadow:0 1px 3px rgba(0,0,0,.12)}"
          + "h1{font-size:1.3rem;margin:0 0 1rem}fieldset{border:0;margin:0 0 1.25rem;padding:0}"
          + "legend{font-weight:600;margin-bottom:.5rem}"
          + ".scale{display:grid;gap:.25rem}.scale.s11{grid-template-columns:repeat(11,1fr)}"
          + ".scale.s5{grid-template-columns:repeat(5,1fr)}.scale label{display:block}"
          + ".scale input{position:absolute;opacity:0;width:1px;height:1px}"
          + ".scale span{display:flex;align-items:center;justify-content:center;min-height:2.75rem;"
          + "border:1px solid #8a99a8;border-radius:.35rem;background:#fff;cursor:pointer;font-weight:600}"
          + ".scale input:checked+span{background:#1f6feb;border-color:#1f6feb;color:#fff}"
          + ".scale input:focus-visible+span{outline:3px solid #f0b400}"
          + ".ends{display:flex;justify-content:space-between;font-size:.85rem;color:#52606d;margin-top:.25rem}"
          + "textarea{width:100%;font:inherit;padding:.5rem;border:1px solid #8a99a8;border-radius:.35rem}"
          + "label.open{display:block;font-weight:600;margin-bottom:.5rem}"
          + "button{font:inherit;font-weight:600;padding:.75rem 1.5rem;border:0;border-radius:.35rem;"
          + "background:#1f6feb;color:#fff;width:100%;margin-top:1rem;cursor:pointer}"
          + ".error{background:#fde8e8;color:#8a1c1c;padding:.75rem;border-radius:.35rem;margin-bottom:1rem}"
          + "@media (max-width:30rem){.scale.s11{gap:.15rem}.scale span{min-height:2.4rem;font-size:.9rem}}";

  private final String locale;
  private final ResourceBundle bundle;

  SurveyPageRenderer(String locale) {
    this.locale = SurveyLocales.SUPPORTED.contains(locale) ? locale : SurveyLocales.DEFAULT;
    this.bundle = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(this.locale), NO_FALLBACK);
  }

  String text(String key) {
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  /** The questions; {@code problems} names fields to point out again, {@code answered} refills them. */
  String form(String token, PublicSurvey survey, List<String> problems, Answered answered) {
    SurveyTexts texts = survey.texts();
    StringBuilder html = start(texts.title());
    html.append("<section><h1>").append(Html.escape(texts.title())).append("</h1>");
    for (String problem : problems) {
      html.append("<p class=\"error\" role=\"alert\" id=\"error-").append(Html.escape(problem)).append("\">")
          .append(Html.escape(text("survey.page.error." + problem))).append("</p>");
    }
    html.append("<form method=\"post\" action=\"survey\" accept-charset=\"UTF-8\" id=\"survey\">")
        .append("<input type=\"hidden\" name=\"t\" value=\"").append(Html.escape(token)).append("\">");
    scale(html, "score", texts.npsQuestion(), 0, 10, true, answered.score(), "survey.page.score.low", "survey.page.score.high");
    if (survey.csat()) {
      scale(html, "csat", texts.csatQuestion(), 1, 5, false, answered.csat(), "survey.page.csat.low", "survey.page.csat.high");
    }
    if (survey.ces()) {
      scale(html, "ces", texts.cesQuestion(), 1, 5, false, answered.ces(), "survey.page.ces.low", "survey.page.ces.high");
    }
    html.append("<label class=\"open\" for=\"comment\">").append(Html.escape(texts.openQuestion()))
        .append(" <small>").append(Html.escape(text("survey.page.optional"))).append("</small></label>")
        .append("<textarea id=\"comment\" name=\"comment\" rows=\"4\" maxlength=\"4000\" dir=\"auto\">")
        .append(Html.escape(answered.comment())).append("</textarea>")
        .append("<button type=\"submit\" id=\"send\">").append(Html.escape(text("survey.page.send")))
        .append("</button></form></section>");
    return end(html);
  }

  private void scale(
      StringBuilder html, String name, String question, int from, int to, boolean required, Integer chosen,
      String lowKey, String highKey) {
    NumberFormat digits = NumberFormat.getIntegerInstance(Locale.forLanguageTag(locale));
    html.append("<fieldset id=\"").append(name).append("\"><legend>").append(Html.escape(question));
    if (!required) {
      html.append(" <small>").append(Html.escape(text("survey.page.optional"))).append("</small>");
    }
    html.append("</legend><div class=\"scale s").append(to - from + 1).append("\" role=\"radiogroup\">");
    for (int value = from; value <= to; value++) {
      html.append("<label><input type=\"radio\" name=\"").append(name).append("\" id=\"").append(name).append('-')
          .append(value).append("\" value=\"").append(value).append('"')
          .append(required && value == from ? " required" : "")
          .append(chosen != null && chosen == value ? " checked" : "")
          .append("><span>").append(Html.escape(digits.format(value))).append("</span></label>");
    }
    html.append("</div><div class=\"ends\"><span>").append(Html.escape(text(lowKey))).append("</span><span>")
        .append(Html.escape(text(highKey))).append("</span></div></fieldset>");
  }

  /** A page with one message: thanks, already answered, expired or unknown. */
  String message(String headingKey, String textKey) {
    StringBuilder html = start(text(headingKey));
    html.append("<section id=\"message\"><h1>").append(Html.escape(text(headingKey))).append("</h1><p>")
        .append(Html.escape(text(textKey))).append("</p></section>");
    return end(html);
  }

  private StringBuilder start(String title) {
    return new StringBuilder(8192)
        .append("<!DOCTYPE html><html lang=\"").append(locale).append("\" dir=\"")
        .append(SurveyLocales.rightToLeft(locale) ? "rtl" : "ltr").append("\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<meta name=\"robots\" content=\"noindex\"><title>").append(Html.escape(title))
        .append("</title><style>").append(STYLE).append("</style></head><body><main>");
  }

  private static String end(StringBuilder html) {
    return html.append("</main></body></html>").toString();
  }

  /** What the respondent already chose, to keep it when the page is shown again with an error. */
  record Answered(Integer score, Integer csat, Integer ces, String comment) {
    static final Answered NOTHING = new Answered(null, null, null, null);
  }
}
