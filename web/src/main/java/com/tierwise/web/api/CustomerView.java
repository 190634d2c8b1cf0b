package com.tierwise.web.api;

import com.tierwise.customer.CustomerDetails;
import com.tierwise.tiering.Assignment;
import com.tierwise.tiering.TierExplanation;
import java.math.BigDecimal;
import java.time.Instant;

/** The JSON shape of a customer (ACCEPTANCE.md fields first). */
public record CustomerView(
    String externalId,
    String name,
    BigDecimal businessValue,
    BigDecimal cxScore,
    String tier,
    Double businessPercentile,
    Double cxPercentile,
    boolean hic,
    BigDecimal revenue,
    BigDecimal shareOfWallet,
    String country,
    String industry,
    String segment,
    String owner,
    String email,
    String businessBand,
    String cxBand,
    Long runId,
    Instant updatedAt,
    TierExplanation explanation) {

  static CustomerView of(CustomerDetails customer, TierExplanation explanation) {
    Assignment assignment = customer.assignment();
    return new CustomerView(
        customer.externalId(),
        customer.name(),
        Numbers.plain(customer.businessValue()),
        Numbers.plain(customer.cxScore()),
        assignment == null || assignment.tier() == null ? null : assignment.tier().name(),
        assignment == null ? null : assignment.businessPercentile(),
        assignment == null ? null : assignment.cxPercentile(),
        customer.hic(),
        Numbers.plain(customer.revenue()),
        Numbers.plain(customer.shareOfWallet()),
        customer.country(),
        customer.industry(),
        customer.segment(),
        customer.owner(),
        customer.email(),
        assignment == null || assignment.businessBand() == null ? null : assignment.businessBand().name(),
        assignment == null || assignment.cxBand() == null ? null : assignment.cxBand().name(),
        assignment == null ? null : assignment.runId(),
        customer.updatedAt(),
        explanation);
  }
}
