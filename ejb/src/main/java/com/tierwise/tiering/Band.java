package com.tierwise.tiering;

/** Where a customer's percentile falls on one axis, relative to the policy's two cuts. */
public enum Band {
  LOW,
  MID,
  HIGH
}
