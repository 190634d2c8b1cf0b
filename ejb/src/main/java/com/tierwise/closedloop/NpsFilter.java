package com.tierwise.closedloop;

import java.time.Instant;

/**
 * Optional filters of an NPS figure; null means any.
 *
 * @param tier "A", "B", "C" or "UNTIERED": the customer's tier in the latest tiering run
 * @param from responses at or after this instant
 * @param to responses before this instant
 */
public record NpsFilter(Touchpoint touchpoint, String tier, Instant from, Instant to) {}
