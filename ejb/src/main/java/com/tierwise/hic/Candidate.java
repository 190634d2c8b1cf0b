package com.tierwise.hic;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A customer the data suggests for nomination: top of the business metric, not yet an HIC and
 * not already nominated. shareOfBusiness is its part of all positive business value (0..1).
 */
public record Candidate(
    String externalId,
    String name,
    String tier,
    BigDecimal businessValue,
    Double businessPercentile,
    double shareOfBusiness) implements Serializable {}
