package com.tierwise.charter;

/**
 * One charter cell as a client sent it, before validation.
 *
 * @param target a {@link java.math.BigDecimal} for a number, the text otherwise (so the error can quote it)
 */
public record CellInput(
    String stage, String segment, String desiredExperience, String owner, String metric, Object target) {}
