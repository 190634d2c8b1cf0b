package com.tierwise.organisation.persona;

import static com.tierwise.organisation.Checks.optional;
import static com.tierwise.organisation.Checks.required;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Checks a persona and lists every problem with the field at fault. */
public final class PersonaValidator {

  static final int MAX_NAME = 120;
  static final int MAX_DESCRIPTION = 2000;
  static final int MAX_ITEMS = 20;
  static final int MAX_ITEM = 300;

  private PersonaValidator() {}

  public static List<String> problems(PersonaDraft draft) {
    List<String> problems = new ArrayList<>();
    required(problems, "name", draft.name(), MAX_NAME);
    if (draft.segment() == null || draft.segment().isBlank()) {
      problems.add("segment: is required (" + choices(PersonaSegment.values()) + ")");
    } else if (segment(draft.segment()).isEmpty()) {
      problems.add("segment: must be " + choices(PersonaSegment.values()));
    }
    optional(problems, "description", draft.description(), MAX_DESCRIPTION);
    items(problems, "needs", draft.needs());
    items(problems, "motivations", draft.motivations());
    items(problems, "frustrations", draft.frustrations());
    Set<PersonaChannel> seen = EnumSet.noneOf(PersonaChannel.class);
    for (int i = 0; i < draft.channels().size(); i++) {
      Optional<PersonaChannel> channel = channel(draft.channels().get(i));
      if (channel.isEmpty()) {
        problems.add("channels[" + i + "]: must be " + choices(PersonaChannel.values()));
      } else if (!seen.add(channel.get())) {
        problems.add("channels[" + i + "]: " + channel.get() + " is listed twice");
      }
    }
    return problems;
  }

  private static void items(List<String> problems, String field, List<String> items) {
    if (items.size() > MAX_ITEMS) {
      problems.add(field + ": at most " + MAX_ITEMS + " items");
    }
    for (int i = 0; i < items.size(); i++) {
      required(problems, field + "[" + i + "]", items.get(i), MAX_ITEM);
    }
  }

  public static Optional<PersonaSegment> segment(String name) {
    return parse(PersonaSegment.class, name);
  }

  public static Optional<PersonaChannel> channel(String name) {
    return parse(PersonaChannel.class, name);
  }

  private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String name) {
    if (name == null) {
      return Optional.empty();
    }
    String normalised = name.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    return Arrays.stream(type.getEnumConstants()).filter(value -> value.name().equals(normalised)).findFirst();
  }

  private static String choices(Enum<?>[] values) {
    return String.join(", ", Arrays.stream(values).map(Enum::name).toList());
  }
}
