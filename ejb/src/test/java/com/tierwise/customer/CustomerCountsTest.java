package com.tierwise.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.Test;

/** The per-node cache of customer totals, as a second node of a cluster sees it. */
class CustomerCountsTest {

  private static final CustomerFilter TIER_A = new CustomerFilter("A", null, null, null, null, null);
  private static final CustomerDataVersion BEFORE_RUN = new CustomerDataVersion(1, 0, 40);
  private static final CustomerDataVersion AFTER_RUN = new CustomerDataVersion(2, 0, 40);

  private final CustomerCounts counts = new CustomerCounts();
  private final AtomicLong clock = new AtomicLong();
  private final AtomicLong countsRun = new AtomicLong();
  private long inDatabase = 3;

  private final ToLongFunction<CustomerFilter> database =
      filter -> {
        countsRun.incrementAndGet();
        return inDatabase;
      };

  CustomerCountsTest() {
    counts.nanoTime = clock::get;
  }

  @Test
  void theSameVersionWithinTheMinuteIsServedFromTheCache() {
    assertEquals(3, counts.count(TIER_A, BEFORE_RUN, database));
    inDatabase = 99; // changed outside anything the version sees (e.g. metrics by an import)
    clock.addAndGet(CustomerCounts.TIME_TO_LIVE.toNanos() - 1);
    assertEquals(3, counts.count(TIER_A, BEFORE_RUN, database));
    assertEquals(1, countsRun.get());
  }

  @Test
  void aRunOnAnotherNodeIsSeenAtOnce() {
    assertEquals(3, counts.count(TIER_A, BEFORE_RUN, database));
    inDatabase = 5; // node 1 ran tiering: node 2 reads the new latest run id with its next count
    assertEquals(5, counts.count(TIER_A, AFTER_RUN, database));
    assertEquals(5, counts.count(TIER_A, AFTER_RUN, database));
    assertEquals(2, countsRun.get());
  }

  @Test
  void anOverrideDecisionOrNewCustomersChangeTheVersionToo() {
    counts.count(TIER_A, BEFORE_RUN, database);
    counts.count(TIER_A, new CustomerDataVersion(1, 7, 40), database);
    counts.count(TIER_A, new CustomerDataVersion(1, 7, 41), database);
    assertEquals(3, countsRun.get());
  }

  @Test
  void anyTotalIsRecountedAfterAMinute() {
    counts.count(TIER_A, BEFORE_RUN, database);
    inDatabase = 4;
    clock.addAndGet(CustomerCounts.TIME_TO_LIVE.toNanos());
    assertEquals(4, counts.count(TIER_A, BEFORE_RUN, database));
  }
}
