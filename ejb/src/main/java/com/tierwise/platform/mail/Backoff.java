package com.tierwise.platform.mail;

import java.time.Duration;
import java.util.Optional;

/**
 * When a failed mail (a report delivery, an outbox message) is tried again: after the base delay, then four times longer each time
 * (1, 4, 16, 64 minutes with the default base), and not after {@link #MAX_ATTEMPTS} attempts.
 */
public record Backoff(Duration base) {

  public static final int MAX_ATTEMPTS = 5;

  /** The wait after the given failed attempt (1 = the first), or empty when it was the last. */
  public Optional<Duration> after(int failedAttempt) {
    if (failedAttempt >= MAX_ATTEMPTS) {
      return Optional.empty();
    }
    return Optional.of(base.multipliedBy((long) Math.pow(4, Math.max(0, failedAttempt - 1))));
  }
}
