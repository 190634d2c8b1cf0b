package com.tierwise.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tierwise.it.support.Api;
import com.tierwise.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Who may call what: 401 without or with wrong credentials, 403 for the wrong role. */
@ExtendWith(ArquillianExtension.class)
class SecurityIT {

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  @Test
  void statusAnswersWithoutCredentials() {
    Api.Response status = Api.anonymous().get("status");
    assertEquals(200, status.status(), status.toString());
    assertEquals("UP", status.json().getString("status"));
  }

  @Test
  void answersForbidFramingSniffingAndCaching() {
    Api.Response answer = Api.admin().get("tiering/policy");
    assertEquals(200, answer.status(), answer.toString());
    assertEquals("nosniff", answer.header("X-Content-Type-Options"));
    assertEquals("DENY", answer.header("X-Frame-Options"));
    assertEquals("no-store", answer.header("Cache-Control"));
    assertTrue(answer.header("Content-Security-Policy").contains("frame-ancestors 'none'"));
    assertEquals("same-origin", answer.header("Referrer-Policy"));
  }

  @Test
  void everyOtherEndpointNeedsCredentials() {
    for (String path : new String[] {"customers", "customers/X1", "tiering/policy", "tiering/runs", "users"}) {
      Api.Response answer = Api.anonymous().get(path);
      assertEquals(401, answer.status(), path + ": " + answer);
      assertNotNull(answer.header("WWW-Authenticate"), path + " must challenge for Basic credentials");
    }
    assertEquals(401, Api.anonymous().post("customers/import", "text/csv", "external_id,name\nX,Y\n").status());
  }

  @Test
  void aWrongPasswordIsRefused() {
    Api.Response answer = Api.as(Api.ADMIN, "not-the-password").get("customers");
    assertEquals(401, answer.status(), answer.toString());
  }

  @Test
  void rolesLimitWhatAUserMayDo() {
    Api executive = Api.newUser("exec.security", "EXECUTIVE");
    assertEquals(200, executive.get("customers").status());
    Api.Response importAttempt =
        executive.post("customers/import", "text/csv", "external_id,name\nSEC-1,Nope\n");
    assertEquals(403, importAttempt.status(), importAttempt.toString());
    assertEquals(403, executive.postJson("tiering/runs", "").status());
    assertEquals(403, executive.putJson("tiering/policy", "{}").status());
    Api.Response userAttempt =
        executive.postJson("users", "{\"username\":\"x.y\",\"password\":\"long-enough-pw\",\"roles\":[\"ADMIN\"]}");
    assertEquals(403, userAttempt.status(), userAttempt.toString());
  }

  @Test
  void adminCreatesUsersWithCheckedInput() {
    Api admin = Api.admin();
    Api.Response created =
        admin.postJson(
            "users",
            "{\"username\":\"analyst.ilkay\",\"password\":\"a-long-password-1\",\"roles\":[\"CX_ANALYST\"]}");
    assertEquals(201, created.status(), created.toString());
    assertEquals("analyst.ilkay", created.json().getString("username"));
    assertTrue(!created.body().contains("password"), "the hash is never returned: " + created.body());

    Api.Response again =
        admin.postJson(
            "users",
            "{\"username\":\"analyst.ilkay\",\"password\":\"a-long-password-1\",\"roles\":[\"CX_ANALYST\"]}");
    assertEquals(409, again.status(), again.toString());

    Api.Response weak =
        admin.postJson("users", "{\"username\":\"weak.pw\",\"password\":\"short\",\"roles\":[\"CX_ANALYST\"]}");
    assertEquals(422, weak.status(), weak.toString());
    assertTrue(weak.json().getString("message").contains("at least 12"), weak.toString());

    Api.Response unknownRole =
        admin.postJson(
            "users", "{\"username\":\"role.typo\",\"password\":\"a-long-password-1\",\"roles\":[\"CEO\"]}");
    assertEquals(422, unknownRole.status(), unknownRole.toString());

    Api analyst = Api.as("analyst.ilkay", "a-long-password-1");
    assertEquals(200, analyst.get("tiering/policy").status());
  }

  @Test
  void malformedJsonIsABadRequestWithAReason() {
    Api.Response answer = Api.admin().postJson("users", "{\"username\": ");
    assertEquals(400, answer.status(), answer.toString());
    assertTrue(answer.body().contains("message"), answer.toString());
  }
}
