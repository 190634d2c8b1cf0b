package com.tierwise.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.tierwise.it.support.Api;
import com.tierwise.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Guessing across many user names from one address locks the address (default: 20 failures),
 * for every user name, while bearer tokens keep working. In a class of its own: the lock holds
 * for the rest of this deployment.
 */
@ExtendWith(ArquillianExtension.class)
class AddressThrottleIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  @Test
  void manyUserNamesFromOneAddressLockTheAddressButNotBearerTokens() {
    Api.Response created = Api.admin().postJson("tokens", "{\"name\":\"throttle-service\",\"roles\":[\"CCSX\"]}");
    assertEquals(201, created.status(), created.toString());
    Api service = Api.bearer(created.json().getString("token"));

    for (int i = 1; i <= 20; i++) {
      assertEquals(401, Api.as("sprayed." + i, "Password1!").get("customers").status(), "guess " + i);
    }
    Api.Response locked = Api.as("sprayed.21", "Password1!").get("customers");
    assertEquals(429, locked.status(), locked.toString());
    assertNotNull(locked.header("Retry-After"));
    assertEquals(429, Api.admin().get("customers").status(), "every user name from this address waits");

    Api.Response bearer = service.get("tiering/policy");
    assertEquals(200, bearer.status(), "bearer tokens are not passwords and are not throttled: " + bearer);
  }
}
