package com.tierwise.customer;

/**
 * Filters of the customer list; null means no filter. {@code tier} is A, B, C or UNTIERED;
 * {@code nameContains} is folded like stored names (Turkish I/İ, Arabic letter forms).
 */
public record CustomerFilter(
    String tier, String owner, String segment, String country, String nameContains, Boolean hic) {

  public static final CustomerFilter NONE = new CustomerFilter(null, null, null, null, null, null);
}
