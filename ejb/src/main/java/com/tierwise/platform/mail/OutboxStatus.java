package com.tierwise.platform.mail;

/** Where an outbox message stands. */
public enum OutboxStatus {
  /** Waits for its next attempt (the first one, or a retry after a failure). */
  PENDING,
  /** An attempt is under way on some node. */
  SENDING,
  SENT,
  /** Every attempt failed; an administrator may send it again. */
  FAILED
}
