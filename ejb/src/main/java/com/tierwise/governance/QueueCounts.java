package com.tierwise.governance;

/** What waits for the governance board: the numbers behind the menu badge. */
public record QueueCounts(long pendingOverrides, long pendingNominations, long dueReviews) {

  public long total() {
    return pendingOverrides + pendingNominations + dueReviews;
  }
}
