package com.tierwise.customer;

import com.tierwise.tiering.Assignment;
import java.math.BigDecimal;
import java.time.Instant;

/** A customer with its current tier (from the latest run that included it). */
public record CustomerDetails(
    long id,
    String externalId,
    String name,
    BigDecimal businessValue,
    BigDecimal cxScore,
    BigDecimal revenue,
    BigDecimal shareOfWallet,
    String country,
    String industry,
    String segment,
    String owner,
    String email,
    boolean hic,
    Instant createdAt,
    Instant updatedAt,
    Assignment assignment) {}
