package com.tierwise.customer.csv;

import java.math.BigDecimal;

/**
 * One valid row of a customer import file. Text values are trimmed; a null value means the cell
 * was empty or the column absent, which for a metric means "unknown", never zero. Decimal values
 * are rounded to 6 decimal places (scale 6).
 *
 * @param line the row's line number, counting the header as line 1
 */
public record CustomerRecord(
        int line,
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
        String email) {
}
