package com.tierwise.organisation.journey;

import java.io.Serializable;
import java.util.List;

/**
 * A touchpoint as the journey map shows it: with its personas and, when a survey is asked there,
 * the NPS and number of responses of the last {@value JourneyService#NPS_DAYS} days (nps null
 * when nobody answered).
 */
public record JourneyEntry(JourneyTouchpoint touchpoint, List<PersonaRef> personas, Long responses, Double nps) implements Serializable {

  /** A persona as the map names it: enough for a chip with initials. */
  public record PersonaRef(long id, String name, String initials) implements Serializable {}

  public boolean surveyed() {
    return touchpoint.survey() != null;
  }
}
