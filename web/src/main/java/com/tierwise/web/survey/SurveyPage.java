package com.tierwise.web.survey;

import com.tierwise.closedloop.ResponsesRejectedException;
import com.tierwise.survey.AnswerOutcome;
import com.tierwise.survey.PublicSurvey;
import com.tierwise.survey.SurveyAnswer;
import com.tierwise.survey.SurveyDeliveryService;
import com.tierwise.survey.SurveyLocales;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The public survey page, the one page without sign-in (web.xml lists {@code /survey} as public):
 * the token in the link is the only key, and the page shows nothing but the survey, in the
 * invitation's language. GET shows the questions, POST records the answer once.
 */
@WebServlet(urlPatterns = SurveyDeliveryService.PAGE)
public class SurveyPage extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB private SurveyDeliveryService delivery;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String token = request.getParameter("t");
    PublicSurvey survey = delivery.open(token);
    if (survey.state() == PublicSurvey.State.OPEN) {
      write(response, HttpServletResponse.SC_OK,
          new SurveyPageRenderer(survey.locale()).form(token, survey, List.of(), SurveyPageRenderer.Answered.NOTHING));
    } else {
      closed(request, response, survey.state(), survey.locale());
    }
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    request.setCharacterEncoding(StandardCharsets.UTF_8.name());
    String token = request.getParameter("t");
    SurveyPageRenderer.Answered answered =
        new SurveyPageRenderer.Answered(
            number(request.getParameter("score")), number(request.getParameter("csat")),
            number(request.getParameter("ces")), request.getParameter("comment"));
    AnswerOutcome outcome;
    try {
      outcome =
          delivery.answer(
              token, new SurveyAnswer(answered.score(), blankToNull(answered.comment()), answered.csat(), answered.ces()));
    } catch (ResponsesRejectedException e) {
      // The answer passed the page's checks, so only a vanished customer gets here.
      closed(request, response, PublicSurvey.State.UNKNOWN, null);
      return;
    }
    PublicSurvey survey = delivery.open(token);
    if (outcome.accepted()) {
      write(response, HttpServletResponse.SC_OK,
          new SurveyPageRenderer(survey.locale()).message("survey.page.thanks.heading", "survey.page.thanks.text"));
    } else if (outcome.state() == PublicSurvey.State.OPEN && survey.state() == PublicSurvey.State.OPEN) {
      write(response, 422, new SurveyPageRenderer(survey.locale()).form(token, survey, outcome.problems(), answered));
    } else {
      closed(request, response, outcome.state(), survey.locale());
    }
  }

  private static void closed(
      HttpServletRequest request, HttpServletResponse response, PublicSurvey.State state, String locale)
      throws IOException {
    String language = locale != null ? locale : preferred(request);
    SurveyPageRenderer page = new SurveyPageRenderer(language);
    switch (state) {
      case USED -> write(response, HttpServletResponse.SC_OK, page.message("survey.page.used.heading", "survey.page.used.text"));
      case EXPIRED -> write(response, HttpServletResponse.SC_GONE, page.message("survey.page.expired.heading", "survey.page.expired.text"));
      default -> write(response, HttpServletResponse.SC_NOT_FOUND, page.message("survey.page.unknown.heading", "survey.page.unknown.text"));
    }
  }

  /** For a token that names no invitation, the browser's language is all there is. */
  private static String preferred(HttpServletRequest request) {
    for (Locale locale : Collections.list(request.getLocales())) {
      var supported = SurveyLocales.parse(locale.toLanguageTag());
      if (supported.isPresent()) {
        return supported.get();
      }
    }
    return SurveyLocales.DEFAULT;
  }

  private static void write(HttpServletResponse response, int status, String html) throws IOException {
    response.setStatus(status);
    response.setContentType("text/html;charset=UTF-8");
    // The token is in the address: no caching, no referrer, no framing, no scripts.
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader(
        "Content-Security-Policy",
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'");
    response.getWriter().write(html);
  }

  private static Integer number(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(text.trim());
    } catch (NumberFormatException e) {
      return -1; // out of every scale: reported as that field's error
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
