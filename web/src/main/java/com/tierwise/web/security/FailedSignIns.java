package com.tierwise.web.security;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The throttling policy for password guesses, kept per key (a user name, or a client address):
 * failures are counted in a sliding window; from {@code freeFailures} failures on, the key is
 * locked after each further failure for {@code firstLock} × 2^(failures − freeFailures), at most
 * {@code maxLock}. A success forgets the key's failures.
 *
 * <p>Race-safe: every change of a key happens inside {@link ConcurrentHashMap#compute}, and an
 * attempt that is still being verified counts against the limit ({@link #reserve}), so a burst
 * of parallel guesses cannot slip more attempts past the lock than the limit allows. Plain Java
 * with an explicit clock (milliseconds), so the policy is unit tested without waiting.
 */
public final class FailedSignIns {

  /** At most this many keys are kept; beyond it, keys without a recent failure are dropped. */
  static final int MAX_KEYS = 100_000;

  private final int freeFailures;
  private final long windowMillis;
  private final long firstLockMillis;
  private final long maxLockMillis;
  private final Map<String, State> states = new ConcurrentHashMap<>();

  /** Failures of one key inside the window (oldest first) and the attempts being verified now. */
  private static final class State {
    final Deque<Long> failures = new ArrayDeque<>();
    int inFlight;
  }

  public FailedSignIns(int freeFailures, Duration window, Duration firstLock, Duration maxLock) {
    if (freeFailures < 1) {
      throw new IllegalArgumentException("freeFailures must be at least 1");
    }
    this.freeFailures = freeFailures;
    this.windowMillis = window.toMillis();
    this.firstLockMillis = firstLock.toMillis();
    this.maxLockMillis = Math.max(maxLock.toMillis(), firstLockMillis);
  }

  /** How long the key is still locked at {@code now}; zero when it may try. */
  public Duration lockedFor(String key, long now) {
    State state = states.get(key);
    if (state == null) {
      return Duration.ZERO;
    }
    synchronized (state) {
      return Duration.ofMillis(remainingLock(state, now));
    }
  }

  /**
   * Counts an attempt that is about to be verified against the limit, atomically. Returns zero
   * when the attempt may go ahead (then {@link #failed} or {@link #succeeded} must follow), or how
   * long the key is locked.
   */
  public Duration reserve(String key, long now) {
    long[] lock = new long[1];
    states.compute(
        key,
        (k, state) -> {
          State current = state == null ? new State() : state;
          synchronized (current) {
            lock[0] = remainingLock(current, now);
            if (lock[0] == 0 && current.failures.size() + current.inFlight >= slots(current)) {
              // the free attempts are taken by attempts still being verified: wait for their outcome
              lock[0] = 1_000;
            }
            if (lock[0] == 0) {
              current.inFlight++;
            }
          }
          return current;
        });
    prune(now);
    return Duration.ofMillis(lock[0]);
  }

  /** A reserved attempt failed. */
  public void failed(String key, long now) {
    states.compute(
        key,
        (k, state) -> {
          State current = state == null ? new State() : state;
          synchronized (current) {
            current.inFlight = Math.max(0, current.inFlight - 1);
            current.failures.addLast(now);
            forgetOld(current, now);
          }
          return current;
        });
  }

  /** A reserved attempt succeeded: the key's failures are forgotten. */
  public void succeeded(String key) {
    states.computeIfPresent(
        key,
        (k, state) -> {
          synchronized (state) {
            state.inFlight = Math.max(0, state.inFlight - 1);
            state.failures.clear();
            return state.inFlight == 0 ? null : state;
          }
        });
  }

  /** A reserved attempt ended without a verdict on the password (e.g. a lock on another key). */
  public void released(String key) {
    states.computeIfPresent(
        key,
        (k, state) -> {
          synchronized (state) {
            state.inFlight = Math.max(0, state.inFlight - 1);
            return state.inFlight == 0 && state.failures.isEmpty() ? null : state;
          }
        });
  }

  /** Failures of the key inside the window at {@code now}. */
  public int failures(String key, long now) {
    State state = states.get(key);
    if (state == null) {
      return 0;
    }
    synchronized (state) {
      forgetOld(state, now);
      return state.failures.size();
    }
  }

  /**
   * Attempts that may be under way at once: the free failures not yet used, and once they are
   * used up, one attempt per lock expiry.
   */
  private int slots(State state) {
    return Math.max(freeFailures, state.failures.size() + 1);
  }

  private long remainingLock(State state, long now) {
    forgetOld(state, now);
    int failures = state.failures.size();
    if (failures < freeFailures) {
      return 0;
    }
    int doublings = Math.min(failures - freeFailures, 30);
    long lock = Math.min(maxLockMillis, firstLockMillis << doublings);
    long until = state.failures.peekLast() + lock;
    return Math.max(0, until - now);
  }

  private void forgetOld(State state, long now) {
    while (!state.failures.isEmpty() && state.failures.peekFirst() <= now - windowMillis) {
      state.failures.removeFirst();
    }
  }

  private void prune(long now) {
    if (states.size() <= MAX_KEYS) {
      return;
    }
    for (Iterator<Map.Entry<String, State>> it = states.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<String, State> entry = it.next();
      State state = entry.getValue();
      synchronized (state) {
        forgetOld(state, now);
        if (state.failures.isEmpty() && state.inFlight == 0) {
          it.remove();
        }
      }
    }
  }
}
