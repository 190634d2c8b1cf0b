package com.tierwise.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tierwise.closedloop.Touchpoint;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SurveyDefinitionValidatorTest {

  static SurveyTexts texts(String language) {
    return new SurveyTexts(
        "Title " + language, "Recommend?", "Anything else?", "Satisfied?", null, "Subject", "Please: {link}");
  }

  static Map<String, SurveyTexts> allLanguages() {
    Map<String, SurveyTexts> texts = new HashMap<>();
    for (String language : SurveyLocales.SUPPORTED) {
      texts.put(language, texts(language));
    }
    return texts;
  }

  @Test
  void aCompleteDefinitionIsValid() {
    assertEquals(List.of(), SurveyDefinitionValidator.problems(new SurveyDefinition(Touchpoint.SALES_CALL, true, false, allLanguages())));
  }

  @Test
  void everyProblemNamesItsField() {
    Map<String, SurveyTexts> texts = allLanguages();
    texts.remove("ar");
    texts.put("fa", new SurveyTexts("", "x".repeat(501), "ok", null, null, "s", "no link here"));
    texts.put("de", texts("de"));
    List<String> problems =
        SurveyDefinitionValidator.problems(new SurveyDefinition(Touchpoint.SALES_CALL, false, true, texts));
    assertTrue(problems.stream().anyMatch(p -> p.startsWith("texts.ar:")), problems.toString());
    assertTrue(problems.contains("texts.fa.title: is required"), problems.toString());
    assertTrue(problems.stream().anyMatch(p -> p.startsWith("texts.fa.npsQuestion: has 501")), problems.toString());
    assertTrue(problems.stream().anyMatch(p -> p.startsWith("texts.fa.mailBody: must contain {link}")), problems.toString());
    assertTrue(problems.contains("texts.en.cesQuestion: is required"), problems.toString());
    assertTrue(problems.stream().anyMatch(p -> p.startsWith("texts.de:")), problems.toString());
  }

  @Test
  void theContactWindowIsZeroTo365DaysOrTheDefault() {
    assertEquals(
        List.of(),
        SurveyDefinitionValidator.problems(new SurveyDefinition(Touchpoint.SALES_CALL, true, false, allLanguages(), false, null)));
    assertEquals(
        List.of(),
        SurveyDefinitionValidator.problems(new SurveyDefinition(Touchpoint.SALES_CALL, true, false, allLanguages(), true, 0)));
    List<String> problems =
        SurveyDefinitionValidator.problems(new SurveyDefinition(Touchpoint.SALES_CALL, true, false, allLanguages(), true, 366));
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).startsWith("contactWindowDays:"), problems.toString());
    assertEquals(45, new SurveyDefinition(Touchpoint.SALES_CALL, true, false, allLanguages(), true, 45).contactWindowDays(30));
    assertEquals(30, new SurveyDefinition(Touchpoint.SALES_CALL, true, false, allLanguages()).contactWindowDays(30));
  }
}
