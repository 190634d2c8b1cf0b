package com.tierwise.silo;

import java.util.List;
import java.util.Map;

/**
 * How consistent the silos are: each department's customer count, the agreement of every pair
 * of departments and of each department with the computed tier, and the customers they disagree
 * on most (most distinct labels first).
 */
public record SiloReport(
    Map<String, Long> departments, List<Agreement> agreements, List<Disagreement> disagreements) {

  /** The computed hierarchy as a rater: the tier of the latest run, or UNTIERED. */
  public static final String COMPUTED_TIER = "COMPUTED_TIER";

  /** A customer and what each rater calls them. */
  public record Disagreement(String externalId, String name, int distinctLabels, Map<String, String> labels) {}
}
