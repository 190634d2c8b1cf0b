package com.tierwise.survey;

/**
 * MicroProfile Config names of survey delivery; each also reads as the TIERWISE_SURVEY_* variable
 * (kept here rather than in TierwiseConfig so the feature is in one package).
 */
public final class SurveyConfig {

  /** Days an invitation link stays valid (TIERWISE_SURVEY_EXPIRY_DAYS, default 14). */
  public static final String EXPIRY_DAYS = "tierwise.survey.expiry.days";

  /** No new invitation within this many days of the last one or of a response (TIERWISE_SURVEY_CONTACT_WINDOW_DAYS, default 30; 0 turns the rule off). */
  public static final String CONTACT_WINDOW_DAYS = "tierwise.survey.contact.window.days";

  /**
   * Address of the application as customers reach it, e.g. https://feedback.example.com/tierwise
   * (TIERWISE_SURVEY_BASE_URL); without it the links use the address the touchpoint event was
   * posted to.
   */
  public static final String BASE_URL = "tierwise.survey.base.url";

  private SurveyConfig() {}
}
