package com.tierwise.hic;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the team must know to serve a high-impact customer, by the four pillars (DOMAIN.md
 * section 2): Demanding (what makes them high impact: time sensitivity, risk, volume,
 * criticality), Differentiated (their expectations), Dedicated (named team members with roles and
 * a direct line that bypasses the IVR) and Delivered (preferences and notes: names of the party,
 * their equipment, favourite restaurant).
 */
public record HicProfile(
    String externalId,
    String demanding,
    String differentiated,
    List<TeamMember> team,
    String directLine,
    String delivered,
    String updatedBy,
    Instant updatedAt,
    Long version) {

  public static final int MAX_TEXT = 4000;
  public static final int MAX_TEAM = 20;

  /** A named person of the dedicated team, their role, and how to reach them. */
  public record TeamMember(String name, String role, String contact) {}

  public HicProfile {
    team = team == null ? List.of() : List.copyOf(team);
  }

  /** Every reason this profile cannot be saved; empty when it can. */
  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    text(problems, "demanding", demanding, MAX_TEXT);
    text(problems, "differentiated", differentiated, MAX_TEXT);
    text(problems, "delivered", delivered, MAX_TEXT);
    text(problems, "directLine", directLine, 64);
    if (directLine != null && !directLine.isBlank() && !directLine.trim().matches("[+0-9 ()./-]{3,64}")) {
      problems.add("directLine must be a phone number (digits, spaces, + ( ) . / -), not \"" + directLine + "\"");
    }
    if (team.size() > MAX_TEAM) {
      problems.add("team may name at most " + MAX_TEAM + " members");
    }
    for (int i = 0; i < team.size(); i++) {
      TeamMember member = team.get(i);
      if (member == null) {
        problems.add("team[" + i + "] is empty");
        continue;
      }
      if (member.name() == null || member.name().isBlank()) {
        problems.add("team[" + i + "].name is required");
      }
      text(problems, "team[" + i + "].name", member.name(), 200);
      if (member.role() == null || member.role().isBlank()) {
        problems.add("team[" + i + "].role is required (e.g. account lead, service engineer)");
      }
      text(problems, "team[" + i + "].role", member.role(), 100);
      text(problems, "team[" + i + "].contact", member.contact(), 254);
    }
    return problems;
  }

  private static void text(List<String> problems, String field, String value, int max) {
    if (value != null && value.length() > max) {
      problems.add(field + " must be at most " + max + " characters");
    }
  }
}
