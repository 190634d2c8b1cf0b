package com.tierwise.web.security;

import com.tierwise.security.Role;
import com.tierwise.security.ServiceTokenService;
import com.tierwise.security.TokenHashing;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Resolves bearer tokens of service clients: one SHA-256 and a map look-up per request, the
 * database only once per token every {@link #TTL_NANOS}. Unknown tokens are not cached (a flood
 * of random tokens must not fill memory); a revocation on this node takes effect at once, on
 * other nodes within the TTL.
 */
@ApplicationScoped
public class BearerTokens {

  /** Who a token speaks for, as the container is told. */
  public record Caller(String name, Set<String> groups) {}

  /** Caller names of tokens carry this prefix, so audits never mistake a service for a person. */
  public static final String CALLER_PREFIX = "token:";

  private static final long TTL_NANOS = 60L * 1_000_000_000;
  private static final int MAX_ENTRIES = 10_000;

  private record Entry(Caller caller, long expiresAt) {}

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  @EJB private ServiceTokenService tokens;

  /** The caller of an active token, or null. */
  public Caller resolve(String token) {
    if (token == null || !token.startsWith(TokenHashing.PREFIX)) {
      return null;
    }
    String hash = TokenHashing.hash(token);
    Entry entry = entries.get(hash);
    long now = System.nanoTime();
    if (entry != null && entry.expiresAt - now > 0) {
      return entry.caller;
    }
    Caller caller =
        tokens.identify(hash)
            .map(identity -> new Caller(
                CALLER_PREFIX + identity.name(),
                identity.roles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet())))
            .orElse(null);
    if (caller == null) {
      entries.remove(hash);
      return null;
    }
    if (entries.size() >= MAX_ENTRIES) {
      entries.clear(); // rare: more live tokens than expected; the next requests refill it
    }
    entries.put(hash, new Entry(caller, now + TTL_NANOS));
    return caller;
  }

  /** Forgets every cached token, after a revocation. */
  public void forgetAll() {
    entries.clear();
  }
}
