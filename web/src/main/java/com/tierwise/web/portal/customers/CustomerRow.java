package com.tierwise.web.portal.customers;

import com.tierwise.customer.CustomerDetails;
import com.tierwise.tiering.Assignment;
import java.io.Serializable;
import java.math.BigDecimal;

/** One line of the customer list. {@code tier} is A, B, C or UNTIERED. */
public record CustomerRow(
    long id,
    String externalId,
    String name,
    String tier,
    BigDecimal businessValue,
    BigDecimal cxScore,
    Double businessPercentile,
    Double cxPercentile,
    String segment,
    String country,
    String owner,
    boolean hic)
    implements Serializable {

  public static final String UNTIERED = "UNTIERED";

  public static CustomerRow of(CustomerDetails customer) {
    Assignment assignment = customer.assignment();
    return new CustomerRow(
        customer.id(),
        customer.externalId(),
        customer.name(),
        assignment == null || assignment.tier() == null ? UNTIERED : assignment.tier().name(),
        customer.businessValue(),
        customer.cxScore(),
        assignment == null ? null : assignment.businessPercentile(),
        assignment == null ? null : assignment.cxPercentile(),
        customer.segment(),
        customer.country(),
        customer.owner(),
        customer.hic());
  }
}
