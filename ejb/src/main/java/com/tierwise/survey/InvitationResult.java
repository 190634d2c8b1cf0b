package com.tierwise.survey;

import java.time.Instant;

/**
 * What became of a touchpoint event: an invitation was sent, or the contact-frequency rule
 * skipped it (with the reason and when the customer may be surveyed again).
 */
public record InvitationResult(
    Status status, Long invitationId, String locale, Instant expiresAt, String reason, Instant nextAllowedAt) {

  public enum Status {
    INVITED,
    SKIPPED
  }

  static InvitationResult invited(long id, String locale, Instant expiresAt) {
    return new InvitationResult(Status.INVITED, id, locale, expiresAt, null, null);
  }

  static InvitationResult skipped(ContactFrequencyRule.Decision decision) {
    return new InvitationResult(Status.SKIPPED, null, null, null, decision.reason(), decision.nextAllowedAt());
  }
}
