package com.tierwise.organisation.team;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The reporting line: who manages whom. A manager chain must end (nobody is, through others, their
 * own manager), or escalation would go round in circles.
 */
public final class ManagerChain {

  private ManagerChain() {}

  /**
   * The cycle that giving {@code user} the manager {@code manager} would close, as the chain of
   * names from the user back to the user, or empty when the chain still ends.
   *
   * @param managerOf every user's current manager (users without one may be absent)
   */
  public static Optional<List<String>> cycle(Map<String, String> managerOf, String user, String manager) {
    if (manager == null) {
      return Optional.empty();
    }
    List<String> chain = new ArrayList<>(List.of(user));
    Set<String> seen = new HashSet<>(chain);
    String next = manager;
    while (next != null) {
      chain.add(next);
      if (next.equals(user)) {
        return Optional.of(chain);
      }
      if (!seen.add(next)) {
        return Optional.empty(); // an older loop above the user, not closed by this change
      }
      next = managerOf.get(next);
    }
    return Optional.empty();
  }
}
