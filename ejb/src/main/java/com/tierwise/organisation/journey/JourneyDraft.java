package com.tierwise.organisation.journey;

import java.util.List;

/**
 * A journey-map touchpoint as an editor submits it; enums by name. {@code touchpoint} or
 * {@code label} is required; {@code survey} names the survey definition asked there.
 */
public record JourneyDraft(
    String stage, String touchpoint, String label, String owner, String survey, Integer position,
    List<Long> personaIds) {

  public JourneyDraft {
    personaIds = personaIds == null ? List.of() : personaIds;
  }
}
