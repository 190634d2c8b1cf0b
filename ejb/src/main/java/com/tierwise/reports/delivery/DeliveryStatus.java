package com.tierwise.reports.delivery;

/** Where a delivery stands. */
public enum DeliveryStatus {
  /** Claimed for its slot, not yet attempted. */
  PENDING,
  /** An attempt is under way. */
  SENDING,
  /** The mail went out. */
  SENT,
  /** The last attempt failed; another follows at next_attempt_at. */
  RETRYING,
  /** Every attempt failed; the report is still in the archive. */
  FAILED,
  /** "Only when changed" and nothing changed since the last sent report: not sent. */
  UNCHANGED
}
