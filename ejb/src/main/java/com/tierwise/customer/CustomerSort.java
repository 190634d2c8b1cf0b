package com.tierwise.customer;

/**
 * Orders of the customer list. An unknown metric sorts below every known value, so one index per
 * metric serves both directions; the id breaks ties so that pages never overlap.
 */
public enum CustomerSort {
  ID("c.id"),
  /** Newest ids first: the last page of the default order without walking the whole table. */
  ID_DESC("c.id DESC"),
  BUSINESS_VALUE_ASC("c.business_value ASC NULLS FIRST, c.id ASC"),
  BUSINESS_VALUE_DESC("c.business_value DESC NULLS LAST, c.id DESC"),
  CX_SCORE_ASC("c.cx_score ASC NULLS FIRST, c.id ASC"),
  CX_SCORE_DESC("c.cx_score DESC NULLS LAST, c.id DESC");

  private final String orderBy;

  CustomerSort(String orderBy) {
    this.orderBy = orderBy;
  }

  String orderBy() {
    return orderBy;
  }
}
