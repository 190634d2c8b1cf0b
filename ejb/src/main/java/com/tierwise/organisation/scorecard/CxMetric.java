package com.tierwise.organisation.scorecard;

import java.util.Locale;
import java.util.Optional;

/**
 * The CX metrics of the scorecard, each measured per team and quarter from Tierwise's own data.
 * Team means: for customer-side figures (NPS, invitations, CSAT, CES) the team of the customer's
 * owner; for closed-loop figures (follow-ups, call-back time) the team of the task's assignee.
 */
public enum CxMetric {
  /** Net promoter score of the responses in the quarter, -100..100. */
  NPS(true, "points"),
  /** Share of follow-up calls that were due in the quarter and done in time, in percent. */
  FOLLOW_UP_IN_TIME(true, "%"),
  /** Hours from a detractor's response (the follow-up task opening) to the call being done, on average. */
  DETRACTOR_CALLBACK_HOURS(false, "h"),
  /** Share of survey invitations sent in the quarter that were answered, in percent. */
  INVITATION_RESPONSE_RATE(true, "%"),
  /** Average customer satisfaction (1-5) of the answered invitations. */
  CSAT(true, "1-5"),
  /** Average customer effort score (1-5, 5 = easiest) of the answered invitations. */
  CES(true, "1-5");

  private final boolean higherIsBetter;
  private final String unit;

  CxMetric(boolean higherIsBetter, String unit) {
    this.higherIsBetter = higherIsBetter;
    this.unit = unit;
  }

  public boolean higherIsBetter() {
    return higherIsBetter;
  }

  public String unit() {
    return unit;
  }

  public static Optional<CxMetric> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
