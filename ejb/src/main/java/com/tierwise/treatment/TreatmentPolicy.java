package com.tierwise.treatment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The rules a treatment policy must keep; the whole policy is replaced at once. */
public final class TreatmentPolicy {

  public static final List<String> SEGMENTS = List.of(TreatmentRule.HIC, "A", "B", "C", TreatmentRule.UNTIERED);
  public static final List<String> ROUTES = List.of(TreatmentRule.DEDICATED_TEAM, "PRIORITY_QUEUE", "STANDARD_QUEUE");
  static final int MAX_RESPONSE_MINUTES = 525_600;
  static final int MAX_PAYMENT_DAYS = 365;

  private TreatmentPolicy() {}

  /** Every reason the rules cannot be the policy; empty when they can. */
  public static List<String> problems(List<TreatmentRule> rules) {
    List<String> problems = new ArrayList<>();
    if (rules == null || rules.isEmpty()) {
      problems.add("a JSON array with one rule for each segment " + SEGMENTS + " is required");
      return problems;
    }
    Set<String> seen = new LinkedHashSet<>();
    for (int i = 0; i < rules.size(); i++) {
      TreatmentRule rule = rules.get(i);
      if (rule == null) {
        problems.add("rule " + i + " is empty");
        continue;
      }
      String segment = rule.segment();
      String name = segment == null ? "rule " + i : segment;
      if (segment == null || !SEGMENTS.contains(segment)) {
        problems.add("rule " + i + ": segment must be one of " + SEGMENTS + (segment == null ? "" : ", not \"" + segment + "\""));
      } else if (!seen.add(segment)) {
        problems.add(segment + ": the segment appears more than once");
      }
      if (rule.route() == null || !ROUTES.contains(rule.route())) {
        problems.add(name + ": route must be one of " + ROUTES);
      }
      range(problems, name, "firstResponseMinutes", rule.firstResponseMinutes(), 1, MAX_RESPONSE_MINUTES);
      range(problems, name, "allocationPriority", rule.allocationPriority(), 1, 100);
      range(problems, name, "paymentTermsDays", rule.paymentTermsDays(), 0, MAX_PAYMENT_DAYS);
      if (rule.automationAllowed() == null) {
        problems.add(name + ": automationAllowed (true or false) is required");
      }
      if (rule.innovationPartnerEligible() == null) {
        problems.add(name + ": innovationPartnerEligible (true or false) is required");
      }
      // DOMAIN.md section 2: high-impact customers hate automation and get a named team.
      if (TreatmentRule.HIC.equals(segment)) {
        if (Boolean.TRUE.equals(rule.automationAllowed())) {
          problems.add("HIC: automation may never be allowed for high-impact customers");
        }
        if (rule.route() != null && !TreatmentRule.DEDICATED_TEAM.equals(rule.route())) {
          problems.add("HIC: high-impact customers are always routed to DEDICATED_TEAM");
        }
      }
    }
    for (String segment : SEGMENTS) {
      if (!seen.contains(segment)) {
        problems.add(segment + ": a rule for this segment is required");
      }
    }
    return problems;
  }

  private static void range(List<String> problems, String name, String field, Integer value, int min, int max) {
    if (value == null) {
      problems.add(name + ": " + field + " is required");
    } else if (value < min || value > max) {
      problems.add(name + ": " + field + " must be between " + min + " and " + max);
    }
  }
}
