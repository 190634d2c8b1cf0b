package com.tierwise.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SurveyTokensTest {

  @Test
  void tokensAreUrlSafeWellFormedAndDistinct() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      String token = SurveyTokens.newToken();
      assertEquals(43, token.length());
      assertTrue(SurveyTokens.wellFormed(token), token);
      assertTrue(seen.add(token));
    }
  }

  @Test
  void theHashIsTheHexSha256OfTheToken() {
    // SHA-256 of "abc", the FIPS 180-2 test vector
    assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", SurveyTokens.hash("abc"));
    String token = SurveyTokens.newToken();
    assertEquals(SurveyTokens.hash(token), SurveyTokens.hash(token));
    assertNotEquals(token, SurveyTokens.hash(token));
  }

  @Test
  void anythingButATokenIsRefusedBeforeTheDatabase() {
    assertFalse(SurveyTokens.wellFormed(null));
    assertFalse(SurveyTokens.wellFormed(""));
    assertFalse(SurveyTokens.wellFormed("' OR 1=1 --"));
    assertFalse(SurveyTokens.wellFormed(SurveyTokens.newToken() + "x"));
    assertFalse(SurveyTokens.wellFormed("a".repeat(42) + "+"));
  }
}
