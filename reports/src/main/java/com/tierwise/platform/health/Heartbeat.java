package com.tierwise.platform.health;

import java.time.Duration;
import java.time.Instant;

/**
 * The beat of an EJB timer of the application (platform.HeartbeatTimer in the EJB module): while
 * it keeps coming, the container's timer service and thread pools work and the application is
 * not wedged. Static because the beat comes from the EJB module and the liveness check lives in
 * this library jar (see {@link DatabaseReadiness} for why), which both see.
 */
public final class Heartbeat {

  /** Beats come every 15 s; this many missed ones mean the application is stuck. */
  static final Duration SILENCE_ALLOWED = Duration.ofSeconds(90);

  private static final Instant LOADED = Instant.now();
  private static volatile Instant last;

  private Heartbeat() {}

  public static void beat() {
    last = Instant.now();
  }

  static Instant last() {
    return last;
  }

  /** Alive while beats keep coming, or during the start before the first one. */
  static boolean alive(Instant now) {
    Instant since = last == null ? LOADED : last;
    return Duration.between(since, now).compareTo(SILENCE_ALLOWED) <= 0;
  }
}
