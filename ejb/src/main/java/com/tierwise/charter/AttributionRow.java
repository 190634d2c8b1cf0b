package com.tierwise.charter;

/**
 * Survey responses of a period grouped by stage, segment and attribution, with their follow-up
 * calls.
 *
 * @param segment null for customers in no segment (untiered, not HIC)
 * @param attribution null when nobody attributed the feedback yet
 * @param followUpsDue follow-up calls done or past their due time (the ones that can be judged)
 * @param followUpsOnTime of those, done by their due time
 */
public record AttributionRow(
    LifecycleStage stage,
    Segment segment,
    Attribution attribution,
    long promoters,
    long passives,
    long detractors,
    long followUpsDue,
    long followUpsOnTime) {}
