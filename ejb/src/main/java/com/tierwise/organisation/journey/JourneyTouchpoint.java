package com.tierwise.organisation.journey;

import com.tierwise.charter.LifecycleStage;
import com.tierwise.closedloop.Touchpoint;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One touchpoint on the journey map: in a lifecycle stage, either one of the surveyed touchpoints
 * or a free-text one ("returns desk"), or both (a label refining a surveyed touchpoint), the side
 * that owns it, the survey asked there (if any) and the personas who meet it.
 */
public record JourneyTouchpoint(
    long id, LifecycleStage stage, Touchpoint touchpoint, String label, JourneyOwner owner, Touchpoint survey,
    int position, List<Long> personaIds, String updatedBy, Instant updatedAt) implements Serializable {

  public JourneyTouchpoint {
    personaIds = List.copyOf(personaIds);
  }
}
