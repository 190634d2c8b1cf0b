package com.tierwise.organisation.team;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Everybody's team and manager at one moment: the lookups escalation, closed-loop performance by
 * team and the scorecard need, so each of them reads the (small) user table once.
 */
public final class Organisation {

  private final Map<String, Member> byName = new LinkedHashMap<>();

  public Organisation(List<Member> members) {
    for (Member member : members) {
      byName.put(member.username(), member);
    }
  }

  public Optional<Member> member(String username) {
    return Optional.ofNullable(username == null ? null : byName.get(username));
  }

  /** The team of a user, or null for a user without one or a name that is no user (a queue). */
  public String teamOf(String username) {
    return member(username).map(Member::team).orElse(null);
  }

  /** Whom the user reports to, when that manager is a user with a mail address. */
  public Optional<Member> reachableManagerOf(String username) {
    return member(username)
        .map(Member::manager)
        .flatMap(this::member)
        .filter(manager -> manager.email() != null && !manager.email().isBlank());
  }

  public Map<String, String> managers() {
    Map<String, String> managerOf = new LinkedHashMap<>();
    byName.values().stream().filter(m -> m.manager() != null).forEach(m -> managerOf.put(m.username(), m.manager()));
    return managerOf;
  }

  /** The teams by name, each with its members (sorted by name). */
  public List<Team> teams() {
    Map<String, List<Member>> members = new TreeMap<>();
    for (Member member : byName.values()) {
      if (member.team() != null) {
        members.computeIfAbsent(member.team(), k -> new ArrayList<>()).add(member);
      }
    }
    List<Team> teams = new ArrayList<>();
    members.forEach(
        (name, list) -> {
          list.sort((a, b) -> a.username().compareTo(b.username()));
          List<String> managers =
              list.stream().map(Member::manager).filter(m -> m != null).distinct().sorted().toList();
          teams.add(new Team(name, Collections.unmodifiableList(list), managers));
        });
    return teams;
  }

  public List<String> teamNames() {
    return teams().stream().map(Team::name).toList();
  }
}
