package com.tierwise.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Brute-force protection of password sign-in, for the portal's login form and HTTP Basic alike
 * (bearer tokens are long random secrets and do not pass here). Failures are counted per user
 * name and per client address ({@link FailedSignIns}); a locked user name or address is refused
 * before its password is checked, so guessing stops paying even with the right password.
 *
 * <p>Per node: the counters live in this server's memory (a cluster of n nodes allows at most n
 * times the attempts; a restart forgets them). Credentials verified in the last minutes
 * ({@link CredentialCache}) are not attempts, so busy API clients are never throttled; the
 * first verification of one user name runs one at a time, so a client's parallel first requests
 * wait for one check instead of using up the user's attempts. Behind a reverse proxy, let the
 * server take the client address from it (WildFly: {@code proxy-address-forwarding}); the
 * X-Forwarded-For header is not trusted here.
 */
@ApplicationScoped
public class SignInThrottle {

  /** Failed sign-ins of one user name before it is locked (default 5). */
  public static final String USER_FAILURES = "tierwise.login.throttle.user.failures";
  /** Failed sign-ins from one client address before it is locked (default 20). */
  public static final String ADDRESS_FAILURES = "tierwise.login.throttle.address.failures";
  /** The sliding window in which failures count (default 900 seconds). */
  public static final String WINDOW_SECONDS = "tierwise.login.throttle.window.seconds";
  /** The first lock; it doubles with every further failure (default 30 seconds). */
  public static final String LOCK_SECONDS = "tierwise.login.throttle.lock.seconds";
  /** The longest lock (default 900 seconds). */
  public static final String MAX_LOCK_SECONDS = "tierwise.login.throttle.max.lock.seconds";

  private static final int STRIPES = 256;

  @Inject private IdentityStoreHandler identityStore;
  @Inject private CredentialCache cache;

  private FailedSignIns byUser;
  private FailedSignIns byAddress;
  private final Object[] userStripes = new Object[STRIPES];

  /** The outcome of one sign-in: valid, invalid, or refused for {@code retryAfter}. */
  public record Outcome(CredentialValidationResult result, Duration retryAfter) {
    public boolean throttled() {
      return retryAfter != null;
    }

    /** Whole seconds for a Retry-After header or a message, at least one. */
    public long retryAfterSeconds() {
      return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
  }

  @PostConstruct
  void configure() {
    Config config = ConfigProvider.getConfig();
    Duration window = Duration.ofSeconds(number(config, WINDOW_SECONDS, 900));
    Duration lock = Duration.ofSeconds(number(config, LOCK_SECONDS, 30));
    Duration maxLock = Duration.ofSeconds(number(config, MAX_LOCK_SECONDS, 900));
    byUser = new FailedSignIns((int) number(config, USER_FAILURES, 5), window, lock, maxLock);
    byAddress = new FailedSignIns((int) number(config, ADDRESS_FAILURES, 20), window, lock, maxLock);
    for (int i = 0; i < STRIPES; i++) {
      userStripes[i] = new Object();
    }
  }

  /** Checks the credential unless its user name or the client address is locked. */
  public Outcome validate(UsernamePasswordCredential credential, String clientAddress) {
    String user = "u:" + credential.getCaller().toLowerCase(Locale.ROOT);
    String address = "a:" + clientAddress;
    long now = System.currentTimeMillis();
    Duration locked = longer(byUser.lockedFor(user, now), byAddress.lockedFor(address, now));
    if (!locked.isZero()) {
      return new Outcome(null, locked);
    }
    Set<String> verified = cache.groupsIfVerified(credential.getCaller(), credential.getPasswordAsString());
    if (verified != null) {
      return new Outcome(new CredentialValidationResult(credential.getCaller(), verified), null);
    }
    synchronized (userStripes[Math.floorMod(user.hashCode(), STRIPES)]) {
      Duration userLock = byUser.reserve(user, now);
      if (!userLock.isZero()) {
        return new Outcome(null, userLock);
      }
      Duration addressLock = byAddress.reserve(address, now);
      if (!addressLock.isZero()) {
        byUser.released(user);
        return new Outcome(null, addressLock);
      }
      CredentialValidationResult result = identityStore.validate(credential);
      long end = System.currentTimeMillis();
      if (result.getStatus() == CredentialValidationResult.Status.VALID) {
        byUser.succeeded(user);
        byAddress.released(address); // a success does not forgive other guesses from the address
      } else {
        byUser.failed(user, end);
        byAddress.failed(address, end);
      }
      return new Outcome(result, null);
    }
  }

  private static Duration longer(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private static long number(Config config, String name, long fallback) {
    return config.getOptionalValue(name, Long.class).orElse(fallback);
  }
}
