package com.tierwise.closedloop;

import java.util.Locale;
import java.util.Optional;

/**
 * What NPS can be broken down by. Tier, HIC, segment and owner are the customer's now (the latest
 * tiering run), as for {@code GET /nps?tier=}; a customer without one falls under null.
 */
public enum NpsDimension {
  TOUCHPOINT("r.touchpoint"),
  TIER("COALESCE(a.tier, 'UNTIERED')"),
  HIC("CASE WHEN c.hic THEN 'HIC' ELSE 'NOT_HIC' END"),
  SEGMENT("c.segment"),
  OWNER("c.owner");

  /** The SQL of the grouping key: a constant per constant, never user text. */
  final String sql;

  NpsDimension(String sql) {
    this.sql = sql;
  }

  public static Optional<NpsDimension> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(valueOf(text.trim().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
