package com.tierwise.hic;

/**
 * Where a nomination stands. PENDING waits for the board; INFO_REQUESTED waits for the nominator
 * to amend and resubmit; the others are final.
 */
public enum NominationStatus {
  PENDING,
  INFO_REQUESTED,
  APPROVED,
  REJECTED,
  WITHDRAWN;

  public boolean open() {
    return this == PENDING || this == INFO_REQUESTED;
  }
}
