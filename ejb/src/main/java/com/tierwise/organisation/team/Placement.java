package com.tierwise.organisation.team;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What an administrator sets for a user: team, manager and mail address, each replaced as given
 * (blank or null clears it).
 */
public record Placement(String team, String manager, String email) {

  public static final int MAX_TEAM_LENGTH = 100;
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,189}");

  /** The same placement with blanks as null and surrounding spaces removed. */
  public Placement normalised() {
    return new Placement(clean(team), clean(manager), clean(email));
  }

  private static String clean(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** What is wrong with the values on their own (the manager's existence is checked elsewhere). */
  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    if (team != null && (team.length() > MAX_TEAM_LENGTH || team.chars().anyMatch(Character::isISOControl))) {
      problems.add("team: at most " + MAX_TEAM_LENGTH + " characters, without control characters");
    }
    if (email != null && !EMAIL.matcher(email).matches()) {
      problems.add("email: must be one mail address like name@example.com");
    }
    return problems;
  }
}
