package com.tierwise.hic;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the data says about how an HIC is being treated, for the roster (DOMAIN.md section 2:
 * "risks of treating HICs like the mass"): their last survey answer, follow-ups still open and
 * overdue, and whether the Dedicated pillar is in place (a named team, a direct line).
 *
 * @param lastScore the score of their latest survey response; null if they never answered
 * @param lastResponseAt when they last answered; null if never
 */
public record HicSignals(
    String externalId, Integer lastScore, Instant lastResponseAt, int openFollowUps, int overdueFollowUps,
    int teamMembers, boolean directLine) implements Serializable {

  /** Not heard from in this long, an HIC may be unhappy without complaining. */
  public static final Duration SILENCE = Duration.ofDays(180);

  /** A reason to look at an HIC now. */
  public enum Risk {
    /** Their latest answer was 0-6. */
    DETRACTOR,
    /** A follow-up of theirs is past its due time. */
    OVERDUE_FOLLOW_UP,
    /** No answer for {@link #SILENCE} or ever. */
    SILENT,
    /** The profile names no dedicated team member. */
    NO_DEDICATED_TEAM,
    /** The profile gives no direct line, so they meet the IVR like everyone else. */
    NO_DIRECT_LINE
  }

  /** The risks, most urgent first; empty when the HIC is treated as an HIC should be. */
  public List<Risk> risks(Instant now) {
    List<Risk> risks = new ArrayList<>();
    if (lastScore != null && lastScore <= 6) {
      risks.add(Risk.DETRACTOR);
    }
    if (overdueFollowUps > 0) {
      risks.add(Risk.OVERDUE_FOLLOW_UP);
    }
    if (lastResponseAt == null || lastResponseAt.isBefore(now.minus(SILENCE))) {
      risks.add(Risk.SILENT);
    }
    if (teamMembers == 0) {
      risks.add(Risk.NO_DEDICATED_TEAM);
    }
    if (!directLine) {
      risks.add(Risk.NO_DIRECT_LINE);
    }
    return risks;
  }
}
