package com.tierwise.organisation.journey;

import java.util.List;

/** One page of the journey map's touchpoints and the number of all that match. */
public record JourneyPage(long total, List<JourneyEntry> entries) {}
