package com.tierwise.organisation.journey;

/** The side that owns a touchpoint (DOMAIN.md section 3): brand and marketing, or service. */
public enum JourneyOwner {
  /** Chief customer brand and marketing experience officer. */
  CCBMX,
  /** Chief customer service experience officer. */
  CCSX
}
