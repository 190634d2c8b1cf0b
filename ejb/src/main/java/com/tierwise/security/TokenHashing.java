package com.tierwise.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Service tokens are 32 random bytes, so a plain SHA-256 is enough to store them: unlike a
 * password there is nothing to guess, and the hot path pays microseconds instead of a PBKDF2.
 */
public final class TokenHashing {

  /** Marks Tierwise tokens, so a leaked one is recognisable in logs and by secret scanners. */
  public static final String PREFIX = "tw_";

  private static final SecureRandom RANDOM = new SecureRandom();

  private TokenHashing() {}

  public static String newToken() {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
  }

  public static String hash(String token) {
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
