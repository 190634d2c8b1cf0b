package com.tierwise.tiering;

/** The customer hierarchy: A are the customers to own, B to treat right, C to serve at scale. */
public enum Tier {
  A,
  B,
  C;

  /** Parses "A", "B" or "C"; null or blank means no tier. */
  public static Tier ofCode(String code) {
    return code == null || code.isBlank() ? null : valueOf(code.trim());
  }
}
