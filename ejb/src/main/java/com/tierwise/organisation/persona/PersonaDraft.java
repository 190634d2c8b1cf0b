package com.tierwise.organisation.persona;

import java.util.List;

/** A persona as an editor submits it; segment and channels by name (see PersonaSegment, PersonaChannel). */
public record PersonaDraft(
    String name, String segment, String description, List<String> needs, List<String> motivations,
    List<String> frustrations, List<String> channels) {

  public PersonaDraft {
    needs = needs == null ? List.of() : needs;
    motivations = motivations == null ? List.of() : motivations;
    frustrations = frustrations == null ? List.of() : frustrations;
    channels = channels == null ? List.of() : channels;
  }
}
