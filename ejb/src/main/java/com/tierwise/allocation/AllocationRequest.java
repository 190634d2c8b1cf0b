package com.tierwise.allocation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A constrained-allocation question as sent: how much there is, and who asks for how much. */
public record AllocationRequest(Long available, List<Item> requests) {

  public static final int MAX_REQUESTS = 10_000;

  public record Item(String externalId, Long quantity) {}

  /** Every reason the question cannot be answered, naming the field; empty when it can. */
  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    if (available == null) {
      problems.add("available is required (a whole number of units, 0 or more)");
    } else if (available < 0) {
      problems.add("available must not be negative");
    }
    if (requests == null || requests.isEmpty()) {
      problems.add("requests must list at least one {\"externalId\",\"quantity\"}");
      return problems;
    }
    if (requests.size() > MAX_REQUESTS) {
      problems.add("requests may list at most " + MAX_REQUESTS + " customers");
      return problems;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < requests.size(); i++) {
      Item item = requests.get(i);
      if (item == null) {
        problems.add("requests[" + i + "] is empty");
        continue;
      }
      if (item.externalId() == null || item.externalId().isBlank()) {
        problems.add("requests[" + i + "].externalId is required");
      } else if (!seen.add(item.externalId().trim())) {
        problems.add("requests[" + i + "].externalId " + item.externalId() + " appears more than once");
      }
      if (item.quantity() == null) {
        problems.add("requests[" + i + "].quantity is required");
      } else if (item.quantity() <= 0) {
        problems.add("requests[" + i + "].quantity must be positive, not " + item.quantity());
      }
    }
    return problems;
  }
}
