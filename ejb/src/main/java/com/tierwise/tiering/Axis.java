package com.tierwise.tiering;

/** The two metrics a tier is computed from, and the customer column holding each. */
public enum Axis {
  BUSINESS("business_value"),
  CX("cx_score");

  private final String column;

  Axis(String column) {
    this.column = column;
  }

  /** The customer column, a constant (never user input) so it may be written into SQL. */
  public String column() {
    return column;
  }
}
