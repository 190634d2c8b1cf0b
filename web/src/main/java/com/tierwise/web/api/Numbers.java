package com.tierwise.web.api;

import java.math.BigDecimal;

/** Decimals as people write them: 1234.5, not 1234.500000 or 1.2345E+3. */
final class Numbers {

  private Numbers() {}

  static BigDecimal plain(BigDecimal value) {
    if (value == null) {
      return null;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
