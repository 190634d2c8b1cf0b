package com.tierwise.jobs;

/** Where a journalled job stands. */
public enum JobStatus {
  /** Started; the work's transaction is open (or the server died and has not started again). */
  RUNNING,
  /** The work committed (set in the work's own transaction). */
  COMPLETED,
  /** The work failed or was refused and rolled back; the outcome says why. */
  FAILED,
  /** The server stopped while it ran; its transaction was rolled back, nothing of it is stored. */
  INTERRUPTED
}
