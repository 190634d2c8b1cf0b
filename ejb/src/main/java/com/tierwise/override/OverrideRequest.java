package com.tierwise.override;

import com.tierwise.tiering.Tier;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a requester asks for, as sent (strings), so every problem can be reported at once rather
 * than the first one a parser trips on.
 */
public record OverrideRequest(
    String externalId,
    String tier,
    String reason,
    String justification,
    String demoteExternalId,
    String expiresAt) {

  public static final int MAX_TEXT = 4000;

  /** Every reason the request cannot be taken, in field order; empty when it can. */
  public List<String> problems(LocalDate today) {
    List<String> problems = new ArrayList<>();
    if (blank(externalId)) {
      problems.add("externalId is required");
    }
    if (blank(tier)) {
      problems.add("tier is required (A, B or C)");
    } else if (parsedTier() == null) {
      problems.add("tier must be A, B or C, not \"" + tier + "\"");
    }
    if (blank(reason)) {
      problems.add("reason is required (" + reasons() + ")");
    } else if (parsedReason() == null) {
      problems.add("reason must be one of " + reasons() + ", not \"" + reason + "\"");
    }
    if (blank(justification)) {
      problems.add("justification is required: say why the model does not fit this customer");
    } else if (justification.length() > MAX_TEXT) {
      problems.add("justification must be at most " + MAX_TEXT + " characters");
    }
    if (!blank(expiresAt)) {
      LocalDate date = parsedExpiry();
      if (date == null) {
        problems.add("expiresAt must be a date such as 2027-06-30, not \"" + expiresAt + "\"");
      } else if (!date.isAfter(today)) {
        problems.add("expiresAt must be in the future");
      }
    }
    return problems;
  }

  public Tier parsedTier() {
    try {
      return blank(tier) ? null : Tier.valueOf(tier.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  public OverrideReason parsedReason() {
    try {
      return blank(reason) ? null : OverrideReason.valueOf(reason.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  public LocalDate parsedExpiry() {
    try {
      return blank(expiresAt) ? null : LocalDate.parse(expiresAt.trim());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  public String trimmedExternalId() {
    return blank(externalId) ? null : externalId.trim();
  }

  public String trimmedDemoteExternalId() {
    return blank(demoteExternalId) ? null : demoteExternalId.trim();
  }

  private static String reasons() {
    return String.join(", ", Arrays.stream(OverrideReason.values()).map(Enum::name).toList());
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
