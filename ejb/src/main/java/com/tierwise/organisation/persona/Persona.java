package com.tierwise.organisation.persona;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A simple portrait of a kind of customer, built from real conversations (DOMAIN.md section 5):
 * who they are, what they need, what moves and what frustrates them, how they like to be reached.
 */
public record Persona(
    long id, String name, PersonaSegment segment, String description, List<String> needs,
    List<String> motivations, List<String> frustrations, List<PersonaChannel> channels, String updatedBy,
    Instant updatedAt) implements Serializable {

  public Persona {
    needs = List.copyOf(needs);
    motivations = List.copyOf(motivations);
    frustrations = List.copyOf(frustrations);
    channels = List.copyOf(channels);
  }

  /** The avatar: up to two initials of the name (no photos of real people). */
  public String initials() {
    return Initials.of(name);
  }
}
