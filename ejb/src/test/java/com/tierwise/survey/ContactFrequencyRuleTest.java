package com.tierwise.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContactFrequencyRuleTest {

  private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
  private final ContactFrequencyRule rule = ContactFrequencyRule.days(30);

  @Test
  void aCustomerNeverSurveyedIsInvited() {
    assertTrue(rule.check(Optional.empty(), Optional.empty(), NOW).allowed());
  }

  @Test
  void anInvitationInsideTheWindowSkipsWithTheReasonAndTheNextDate() {
    Instant invited = NOW.minus(Duration.ofDays(29));
    ContactFrequencyRule.Decision decision = rule.check(Optional.of(invited), Optional.empty(), NOW);
    assertFalse(decision.allowed());
    assertEquals(invited.plus(Duration.ofDays(30)), decision.nextAllowedAt());
    assertTrue(decision.reason().contains("invited"), decision.reason());
    assertTrue(decision.reason().contains("30 days"), decision.reason());
  }

  @Test
  void aResponseFromAnyChannelCountsAsAContact() {
    Instant responded = NOW.minus(Duration.ofDays(3));
    ContactFrequencyRule.Decision decision =
        rule.check(Optional.of(NOW.minus(Duration.ofDays(100))), Optional.of(responded), NOW);
    assertFalse(decision.allowed());
    assertTrue(decision.reason().contains("answered"), decision.reason());
    assertEquals(responded.plus(Duration.ofDays(30)), decision.nextAllowedAt());
  }

  @Test
  void theWindowEndsExactlyAfterItsLength() {
    Instant invited = NOW.minus(Duration.ofDays(30));
    assertTrue(rule.check(Optional.of(invited), Optional.empty(), NOW).allowed());
    assertFalse(rule.check(Optional.of(invited.plusSeconds(1)), Optional.empty(), NOW).allowed());
  }

  @Test
  void theLaterContactDecides() {
    Instant invited = NOW.minus(Duration.ofDays(10));
    Instant responded = NOW.minus(Duration.ofDays(20));
    assertEquals(
        invited.plus(Duration.ofDays(30)),
        rule.check(Optional.of(invited), Optional.of(responded), NOW).nextAllowedAt());
  }

  @Test
  void aZeroWindowTurnsTheRuleOff() {
    assertTrue(ContactFrequencyRule.days(0).check(Optional.of(NOW), Optional.of(NOW), NOW).allowed());
  }

  @Test
  void aNegativeWindowIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> ContactFrequencyRule.days(-1));
  }
}
