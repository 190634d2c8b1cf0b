package com.tierwise.charter;

/**
 * Where a charter version is in its life: DRAFT (editable) → PARTLY_SIGNED (one executive signed;
 * frozen) → EFFECTIVE (both signed) → SUPERSEDED (a later version took effect). A draft or partly
 * signed version the executives do not agree on can be ABANDONED, with a reason, so a new draft
 * can start.
 */
public enum CharterStatus {
  DRAFT,
  PARTLY_SIGNED,
  EFFECTIVE,
  SUPERSEDED,
  ABANDONED;

  /** Still being agreed: a draft or a version with one signature. */
  public boolean open() {
    return this == DRAFT || this == PARTLY_SIGNED;
  }
}
