package com.tierwise.it.support;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/** Polls for something the server does in the background (a retry, a timer, an asynchronous mail). */
public final class Eventually {

  private Eventually() {}

  /** The first non-null answer of the probe within the timeout (asked every half second), or null. */
  public static <T> T eventually(Duration timeout, Supplier<T> probe) throws InterruptedException {
    Instant end = Instant.now().plus(timeout);
    while (true) {
      T value = probe.get();
      if (value != null || Instant.now().isAfter(end)) {
        return value;
      }
      Thread.sleep(500);
    }
  }
}
