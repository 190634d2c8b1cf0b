package com.tierwise.organisation.journey;

import static com.tierwise.organisation.Checks.optional;

import com.tierwise.charter.LifecycleStage;
import com.tierwise.closedloop.Touchpoint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Checks a journey-map touchpoint and lists every problem with the field at fault. */
public final class JourneyValidator {

  static final int MAX_LABEL = 200;
  static final int MAX_POSITION = 10_000;

  private JourneyValidator() {}

  /** @param personaIds the personas that exist */
  public static List<String> problems(JourneyDraft draft, Set<Long> personaIds) {
    List<String> problems = new ArrayList<>();
    if (draft.stage() == null || draft.stage().isBlank()) {
      problems.add("stage: is required (" + LifecycleStage.choices() + ")");
    } else if (LifecycleStage.parse(draft.stage()).isEmpty()) {
      problems.add("stage: must be " + LifecycleStage.choices());
    }
    boolean hasTouchpoint = draft.touchpoint() != null && !draft.touchpoint().isBlank();
    if (hasTouchpoint && Touchpoint.parse(draft.touchpoint()).isEmpty()) {
      problems.add("touchpoint: must be " + Touchpoint.choices() + ", or empty with a label");
    }
    boolean hasLabel = draft.label() != null && !draft.label().isBlank();
    if (!hasTouchpoint && !hasLabel) {
      problems.add("label: name the touchpoint (such as \"returns desk\") or choose one of " + Touchpoint.choices());
    }
    optional(problems, "label", draft.label(), MAX_LABEL);
    if (draft.owner() == null || draft.owner().isBlank()) {
      problems.add("owner: is required (CCBMX for marketing, CCSX for service)");
    } else if (owner(draft.owner()).isEmpty()) {
      problems.add("owner: must be CCBMX (marketing) or CCSX (service)");
    }
    if (draft.survey() != null && !draft.survey().isBlank() && Touchpoint.parse(draft.survey()).isEmpty()) {
      problems.add("survey: must name a survey definition: " + Touchpoint.choices());
    }
    if (draft.position() != null && (draft.position() < 0 || draft.position() > MAX_POSITION)) {
      problems.add("position: must be between 0 and " + MAX_POSITION);
    }
    Set<Long> seen = new HashSet<>();
    for (int i = 0; i < draft.personaIds().size(); i++) {
      Long id = draft.personaIds().get(i);
      if (id == null || !personaIds.contains(id)) {
        problems.add("personaIds[" + i + "]: there is no persona " + id);
      } else if (!seen.add(id)) {
        problems.add("personaIds[" + i + "]: persona " + id + " is listed twice");
      }
    }
    return problems;
  }

  public static Optional<JourneyOwner> owner(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String normalised = name.strip().toUpperCase(Locale.ROOT);
    for (JourneyOwner owner : JourneyOwner.values()) {
      if (owner.name().equals(normalised)) {
        return Optional.of(owner);
      }
    }
    return Optional.empty();
  }
}
