package com.tierwise.closedloop;

import java.util.Optional;

/** What the closed loop asks someone to do about a response. */
public enum TaskType {
  /** A very unhappy respondent (detractor) gets a call focused on solutions. */
  FOLLOW_UP_CALL,
  /** A very happy respondent (promoter) is asked for a testimonial or reference. */
  TESTIMONIAL_REQUEST;

  /** The task a response opens: none for passives. */
  public static Optional<TaskType> forCategory(Nps.Category category) {
    return switch (category) {
      case DETRACTOR -> Optional.of(FOLLOW_UP_CALL);
      case PROMOTER -> Optional.of(TESTIMONIAL_REQUEST);
      case PASSIVE -> Optional.empty();
    };
  }
}
