package com.tierwise.override;

/** Where an override request stands; only PENDING may still be decided or withdrawn. */
public enum OverrideStatus {
  PENDING,
  APPROVED,
  REJECTED,
  EXPIRED,
  WITHDRAWN
}
