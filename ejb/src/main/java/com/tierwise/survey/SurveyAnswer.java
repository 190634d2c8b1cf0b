package com.tierwise.survey;

/**
 * An answer from the public survey page, as typed; checked by the service.
 *
 * @param score 0-10, required
 * @param csat 1-5 when the survey asks it, else ignored
 * @param ces 1-5 when the survey asks it, else ignored
 */
public record SurveyAnswer(Integer score, String comment, Integer csat, Integer ces) {}
