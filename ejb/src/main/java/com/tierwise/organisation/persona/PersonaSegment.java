package com.tierwise.organisation.persona;

/** Which customers a persona stands for: a tier, the high-impact customers, or other. */
public enum PersonaSegment {
  TIER_A,
  TIER_B,
  TIER_C,
  HIC,
  OTHER
}
