package com.tierwise.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers recently verified Basic credentials for a few minutes, so an API client does not pay
 * a 600,000-iteration PBKDF2 on every request. Only an HMAC of user and password under a key that
 * lives in this JVM's memory is kept, never the password.
 */
@ApplicationScoped
public class CredentialCache {

  private static final long TTL_NANOS = 5L * 60 * 1_000_000_000;
  private static final int MAX_ENTRIES = 10_000;

  private final byte[] key = new byte[32];

  private record Entry(String username, Set<String> groups, long expiresAt) {}

  private final Map<String, Entry> entries =
      new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
          return size() > MAX_ENTRIES;
        }
      };

  public CredentialCache() {
    new SecureRandom().nextBytes(key);
  }

  /** The groups of a user whose password was verified recently, or null. */
  public synchronized Set<String> groupsIfVerified(String username, String password) {
    String fingerprint = fingerprint(username, password);
    Entry entry = entries.get(fingerprint);
    if (entry == null) {
      return null;
    }
    if (entry.expiresAt - System.nanoTime() < 0) {
      entries.remove(fingerprint);
      return null;
    }
    return entry.groups;
  }

  public synchronized void remember(String username, String password, Set<String> groups) {
    entries.put(
        fingerprint(username, password),
        new Entry(username, Set.copyOf(groups), System.nanoTime() + TTL_NANOS));
  }

  /** Forgets a user at once, when their password or roles change. */
  public synchronized void forget(String username) {
    entries.values().removeIf(entry -> entry.username.equals(username));
  }

  private String fingerprint(String username, String password) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      mac.update(username.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }
}
