package com.tierwise.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHashingTest {

  @Test
  void verifiesOnlyTheRightPassword() {
    String stored = PasswordHashing.hash("şifre-İstanbul-1".toCharArray(), 1_000);
    assertTrue(PasswordHashing.verify("şifre-İstanbul-1".toCharArray(), stored));
    assertFalse(PasswordHashing.verify("sifre-istanbul-1".toCharArray(), stored));
    assertFalse(PasswordHashing.verify("x".toCharArray(), "garbage"));
  }

  @Test
  void saltsEveryHash() {
    assertNotEquals(
        PasswordHashing.hash("same".toCharArray(), 1_000), PasswordHashing.hash("same".toCharArray(), 1_000));
  }

  @Test
  void storesTheIterationCount() {
    assertTrue(PasswordHashing.hash("p".toCharArray()).startsWith("pbkdf2-sha256$600000$"));
  }

  @Test
  void randomPasswordsAreLongEnough() {
    assertTrue(PasswordHashing.randomPassword().length() >= UserService.MIN_PASSWORD_LENGTH);
  }
}
