package com.tierwise.override;

/** The customers the model does not fit (DOMAIN.md section 1, "refine with leadership"). */
public enum OverrideReason {
  LEGACY,
  INNOVATION_PARTNER,
  STRATEGIC_OPPORTUNITY,
  OTHER
}
