package com.tierwise.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tierwise.it.support.Api;
import com.tierwise.it.support.Deployments;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Password guessing against one user name is throttled, through HTTP Basic and the login form
 * alike (defaults: five free failures, then 30 s doubling). Each test uses its own user; together
 * they stay below the per-address limit (20), which {@link AddressThrottleIT} proves separately.
 */
@ExtendWith(ArquillianExtension.class)
class SignInThrottleIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  @Test
  void basicGuessesAreAnsweredWith429AndRetryAfter() {
    Api.newUser("throttle.api", "CX_ANALYST");
    Api right = Api.as("throttle.api", "pw-throttle.api-2026!");
    Api wrong = Api.as("throttle.api", "guess");
    for (int i = 1; i <= 5; i++) {
      assertEquals(401, wrong.get("tiering/policy").status(), "guess " + i);
    }
    Api.Response locked = wrong.get("tiering/policy");
    assertEquals(429, locked.status(), locked.toString());
    int retryAfter = Integer.parseInt(locked.header("Retry-After"));
    assertTrue(retryAfter >= 1 && retryAfter <= 30, "Retry-After " + retryAfter);
    if (locked.body().startsWith("{")) { // Payara keeps the JSON; WildFly sends its error page
      assertTrue(locked.json().getString("message").contains("Too many failed sign-ins"), locked.toString());
    }
    assertEquals("nosniff", locked.header("X-Content-Type-Options"), "429 carries the security headers");

    assertEquals(429, right.get("tiering/policy").status(), "while locked, even the right password waits");
    Api other = Api.newUser("throttle.other", "CX_ANALYST");
    assertEquals(200, other.get("tiering/policy").status(), "other users are not affected");
    assertEquals(200, Api.admin().get("tiering/policy").status());
  }

  @Test
  void theLoginFormTellsTheUserAndSharesTheLockWithTheApi() {
    Api.newUser("throttle.portal", "EXECUTIVE");
    PortalSession browser = new PortalSession();
    for (int i = 1; i <= 5; i++) {
      HttpResponse<String> failed = browser.signIn("throttle.portal", "guess-" + i);
      assertEquals(200, failed.statusCode());
      assertTrue(failed.body().contains("Sign-in failed"), "guess " + i);
    }
    HttpResponse<String> throttled = browser.signIn("throttle.portal", "guess-6");
    assertEquals(200, throttled.statusCode());
    assertTrue(throttled.body().contains("Too many failed sign-ins"), throttled.body());
    assertTrue(throttled.body().matches("(?s).*paused for \\d+ seconds.*"), "says how long");

    HttpResponse<String> right = browser.signIn("throttle.portal", "pw-throttle.portal-2026!");
    assertTrue(right.body().contains("Too many failed sign-ins"), "the right password waits too");
    assertFalse(right.statusCode() == 302, "not signed in while locked");
    Api.Response api = Api.as("throttle.portal", "pw-throttle.portal-2026!").get("customers");
    assertEquals(429, api.status(), "the lock holds for HTTP Basic as well");
    assertNotNull(api.header("Retry-After"));
  }
}
