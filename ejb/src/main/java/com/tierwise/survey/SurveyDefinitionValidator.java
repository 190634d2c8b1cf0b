package com.tierwise.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Checks an edited survey definition and lists every problem with the field at fault. */
public final class SurveyDefinitionValidator {

  static final int MAX_TITLE = 200;
  static final int MAX_QUESTION = 500;
  static final int MAX_BODY = 2000;

  private SurveyDefinitionValidator() {}

  /** @return the problems, as "texts.fa.npsQuestion: ..." sentences; empty when the definition is valid */
  public static List<String> problems(SurveyDefinition definition) {
    List<String> problems = new ArrayList<>();
    Integer window = definition.contactWindowDays();
    if (window != null && (window < 0 || window > SurveyDefinition.MAX_CONTACT_WINDOW_DAYS)) {
      problems.add("contactWindowDays: must be between 0 and " + SurveyDefinition.MAX_CONTACT_WINDOW_DAYS
          + " days, or empty for the configured default");
    }
    for (String locale : SurveyLocales.SUPPORTED) {
      if (!definition.texts().containsKey(locale)) {
        problems.add("texts." + locale + ": the survey needs its texts in every language " + SurveyLocales.SUPPORTED);
      }
    }
    for (Map.Entry<String, SurveyTexts> entry : definition.texts().entrySet()) {
      String prefix = "texts." + entry.getKey() + ".";
      if (!SurveyLocales.SUPPORTED.contains(entry.getKey())) {
        problems.add("texts." + entry.getKey() + ": languages are " + SurveyLocales.SUPPORTED);
        continue;
      }
      SurveyTexts texts = entry.getValue();
      if (texts == null) {
        problems.add(prefix.substring(0, prefix.length() - 1) + ": must be an object");
        continue;
      }
      required(problems, prefix + "title", texts.title(), MAX_TITLE);
      required(problems, prefix + "npsQuestion", texts.npsQuestion(), MAX_QUESTION);
      required(problems, prefix + "openQuestion", texts.openQuestion(), MAX_QUESTION);
      if (definition.csatEnabled()) {
        required(problems, prefix + "csatQuestion", texts.csatQuestion(), MAX_QUESTION);
      } else {
        optional(problems, prefix + "csatQuestion", texts.csatQuestion(), MAX_QUESTION);
      }
      if (definition.cesEnabled()) {
        required(problems, prefix + "cesQuestion", texts.cesQuestion(), MAX_QUESTION);
      } else {
        optional(problems, prefix + "cesQuestion", texts.cesQuestion(), MAX_QUESTION);
      }
      required(problems, prefix + "mailSubject", texts.mailSubject(), MAX_TITLE);
      if (required(problems, prefix + "mailBody", texts.mailBody(), MAX_BODY)
          && !texts.mailBody().contains(SurveyTexts.LINK)) {
        problems.add(prefix + "mailBody: must contain " + SurveyTexts.LINK + " where the survey's address goes");
      }
    }
    return problems;
  }

  private static boolean required(List<String> problems, String field, String value, int max) {
    if (value == null || value.isBlank()) {
      problems.add(field + ": is required");
      return false;
    }
    return optional(problems, field, value, max);
  }

  private static boolean optional(List<String> problems, String field, String value, int max) {
    if (value == null) {
      return true;
    }
    int length = value.codePointCount(0, value.length());
    if (length > max) {
      problems.add(field + ": has " + length + " characters; at most " + max + " are allowed");
      return false;
    }
    if (value.indexOf('\u0000') >= 0) {
      problems.add(field + ": must not contain the NUL character");
      return false;
    }
    return true;
  }
}
