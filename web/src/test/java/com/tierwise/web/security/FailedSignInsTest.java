package com.tierwise.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FailedSignInsTest {

  private final FailedSignIns policy =
      new FailedSignIns(3, Duration.ofMinutes(15), Duration.ofSeconds(30), Duration.ofMinutes(5));

  private void fail(String key, long at) {
    assertEquals(Duration.ZERO, policy.reserve(key, at), "attempt at " + at + " should be allowed");
    policy.failed(key, at);
  }

  @Test
  void theFreeFailuresPassThenTheKeyIsLocked() {
    fail("u:ayse", 0);
    fail("u:ayse", 1_000);
    assertEquals(Duration.ZERO, policy.lockedFor("u:ayse", 2_000));
    fail("u:ayse", 2_000);
    assertEquals(Duration.ofSeconds(30), policy.lockedFor("u:ayse", 2_000));
    assertEquals(Duration.ofSeconds(20), policy.reserve("u:ayse", 12_000), "refused while locked");
    assertEquals(Duration.ZERO, policy.lockedFor("u:other", 12_000), "other keys are not affected");
  }

  @Test
  void eachFurtherFailureDoublesTheLockUpToTheMaximum() {
    fail("k", 0);
    fail("k", 0);
    fail("k", 0);
    assertEquals(Duration.ofSeconds(30), policy.lockedFor("k", 0));
    fail("k", 30_000);
    assertEquals(Duration.ofSeconds(60), policy.lockedFor("k", 30_000));
    fail("k", 90_000);
    assertEquals(Duration.ofSeconds(120), policy.lockedFor("k", 90_000));
    fail("k", 210_000);
    fail("k", 450_000);
    assertEquals(Duration.ofMinutes(5), policy.lockedFor("k", 450_000), "capped");
  }

  @Test
  void failuresOutsideTheSlidingWindowNoLongerCount() {
    fail("k", 0);
    fail("k", 60_000);
    fail("k", 120_000);
    assertTrue(policy.lockedFor("k", 120_000).toMillis() > 0);
    // 15 minutes after the first failure, only two remain in the window: not locked
    assertEquals(Duration.ZERO, policy.lockedFor("k", 15 * 60_000));
    assertEquals(2, policy.failures("k", 15 * 60_000));
  }

  @Test
  void aSuccessForgetsTheFailures() {
    fail("k", 0);
    fail("k", 0);
    assertEquals(Duration.ZERO, policy.reserve("k", 1));
    policy.succeeded("k");
    assertEquals(0, policy.failures("k", 2));
    fail("k", 3);
    fail("k", 3);
    assertEquals(Duration.ZERO, policy.lockedFor("k", 3), "counting starts again");
  }

  @Test
  void attemptsBeingVerifiedCountAgainstTheLimit() {
    assertEquals(Duration.ZERO, policy.reserve("k", 0));
    assertEquals(Duration.ZERO, policy.reserve("k", 0));
    assertEquals(Duration.ZERO, policy.reserve("k", 0));
    assertTrue(policy.reserve("k", 0).toMillis() > 0, "a fourth parallel guess must wait");
    policy.released("k");
    assertEquals(Duration.ZERO, policy.reserve("k", 0), "a released slot is free again");
  }

  @Test
  void aParallelBurstGetsNoMoreThanTheFreeAttempts() throws Exception {
    FailedSignIns shared =
        new FailedSignIns(5, Duration.ofMinutes(15), Duration.ofSeconds(30), Duration.ofMinutes(5));
    ExecutorService pool = Executors.newFixedThreadPool(16);
    AtomicInteger verified = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    for (int i = 0; i < 200; i++) {
      pool.execute(
          () -> {
            try {
              start.await();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              return;
            }
            if (shared.reserve("u:target", 0).isZero()) {
              verified.incrementAndGet();
              shared.failed("u:target", 0);
            }
          });
    }
    start.countDown();
    pool.shutdown();
    assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
    assertEquals(5, verified.get(), "only the free attempts reach the password check");
    assertEquals(5, shared.failures("u:target", 0));
  }
}
