package com.tierwise.hic;

/** The five qualifying questions of a high-impact customer (DOMAIN.md section 2). */
public enum Question {
  /** What share of the business does the customer's purchase value represent? */
  SHARE_OF_BUSINESS,
  /** What is the risk of non-delivery? */
  RISK_OF_NON_DELIVERY,
  /** How often do they buy? */
  PURCHASE_FREQUENCY,
  /** How loyal are they? */
  LOYALTY,
  /** What level of expectation comes with the purchase? */
  EXPECTATION_LEVEL;

  public static final int MIN_SCORE = 0;
  public static final int MAX_SCORE = 5;
}
