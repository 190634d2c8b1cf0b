package com.tierwise.customer;

/**
 * What the customer list's totals depend on, as three primary-key maxima that any node can read
 * in well under a millisecond: the latest tiering run, the latest override decision (an approval
 * changes tiers in the latest run in place) and the newest customer. A cached total counted under
 * another version is stale, whichever node made the change.
 */
public record CustomerDataVersion(long latestRun, long latestOverrideChange, long latestCustomer) {

  static final String SQL =
      "SELECT (SELECT MAX(id) FROM tiering_run), (SELECT MAX(id) FROM tier_override_audit),"
          + " (SELECT MAX(id) FROM customer)";
}
