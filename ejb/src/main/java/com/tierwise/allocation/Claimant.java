package com.tierwise.allocation;

/**
 * One request for constrained product, with what decides its place in the queue.
 *
 * @param order position in the request, the last tie-breaker
 * @param segment HIC, A, B, C or UNTIERED
 * @param priority the segment's allocation priority from the treatment policy (1 is served first)
 * @param businessPercentile null when the business metric is unknown (served after known ones)
 */
public record Claimant(
    int order, String externalId, long requested, String segment, int priority, Double businessPercentile) {}
