package com.tierwise.customer.csv;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Locale-independent parsing of metric cells: {@code new BigDecimal(text)} syntax with ASCII
 * characters only, so "1,5", "1 000", "NaN", "Infinity", hex and non-ASCII digits are rejected.
 */
final class DecimalCells {

    static final int MAX_INTEGER_DIGITS = 18;
    static final int SCALE = 6;

    /** Longer text is never a sensible metric and would make rounding needlessly expensive. */
    private static final int MAX_TEXT_LENGTH = 100;
    private static final String ALLOWED_CHARACTERS = "0123456789+-.eE";
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);

    private DecimalCells() {
    }

    /** The exact value of {@code text}, or empty when it is not a plain decimal number. */
    static Optional<BigDecimal> parse(String text) {
        if (text.isEmpty() || text.length() > MAX_TEXT_LENGTH || !hasOnlyAllowedCharacters(text)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Digits before the decimal point in plain notation; 0 for values between -1 and 1. */
    static long integerDigits(BigDecimal value) {
        if (value.signum() == 0) {
            return 0;
        }
        // long arithmetic: an exponent such as 1e2147483647 would overflow an int
        return Math.max(0, (long) value.precision() - value.scale());
    }

    /**
     * Rounds to {@link #SCALE} places, half-even. Callers must first reject values with more than
     * {@link #MAX_INTEGER_DIGITS} integer digits, so an exponent like 1e999999999 is never expanded.
     */
    static BigDecimal round(BigDecimal value) {
        // below 1e-7 the result is zero; short-cut so 1e-999999999 does not compute 10^999999999
        if (value.signum() == 0 || (long) value.precision() - value.scale() <= -(SCALE + 1)) {
            return ZERO;
        }
        return value.setScale(SCALE, RoundingMode.HALF_EVEN);
    }

    private static boolean hasOnlyAllowedCharacters(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (ALLOWED_CHARACTERS.indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }
}
