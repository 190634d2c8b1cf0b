package com.tierwise.customer;

/**
 * An owner's customers that cannot be tiered for want of data.
 *
 * @param owner the owner, null for customers without one
 * @param customers customers missing at least one metric
 * @param businessMissing of those, missing the business metric
 * @param cxMissing of those, missing the CX metric
 */
public record OwnerGap(String owner, long customers, long businessMissing, long cxMissing)
    implements java.io.Serializable {}
