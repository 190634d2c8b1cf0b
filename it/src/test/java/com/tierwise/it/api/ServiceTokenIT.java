package com.tierwise.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tierwise.it.support.Api;
import com.tierwise.it.support.Deployments;
import com.tierwise.it.support.TestDatabase;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Bearer tokens for service clients: created once by an admin, limited to their roles, revocable. */
@ExtendWith(ArquillianExtension.class)
class ServiceTokenIT {

  private final Api admin = Api.admin();

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  @BeforeEach
  void oneCustomer() {
    TestDatabase.resetCustomers();
    TestDatabase.execute("DELETE FROM service_token");
    assertEquals(200, admin.post("customers/import", "text/csv", "external_id,name\nS-1,Service client's customer\n").status());
  }

  private String createToken(String name, String roles) {
    Api.Response created = admin.postJson("tokens", "{\"name\":\"" + name + "\",\"roles\":[" + roles + "]}");
    assertEquals(201, created.status(), created.toString());
    String token = created.json().getString("token");
    assertTrue(token.startsWith("tw_") && token.length() > 40, token);
    return token;
  }

  @Test
  void aTokenServesTheTreatmentHotPathWithinItsRolesUntilRevoked() {
    String token = createToken("contact-centre", "\"CCSX\"");
    Api client = Api.bearer(token);

    Api.Response treatment = client.get("customers/S-1/treatment");
    assertEquals(200, treatment.status(), treatment.toString());
    assertEquals("STANDARD_QUEUE", treatment.json().getString("route"));
    assertEquals(200, client.get("customers/S-1/treatment").status(), "served from the cache the second time");
    assertEquals(403, client.postJson("overrides", "{}").status(), "CCSX may not request overrides");
    assertEquals(403, client.get("users").status());

    Api.Response list = admin.get("tokens");
    assertEquals(200, list.status());
    JsonObject listed = list.array().getJsonObject(0);
    assertEquals("contact-centre", listed.getString("name"));
    assertFalse(listed.containsKey("token"), "the token is shown once, at creation: " + listed);
    assertFalse(list.body().contains(token));

    long id = listed.getJsonNumber("id").longValue();
    assertEquals(204, admin.delete("tokens/" + id).status());
    assertEquals(401, client.get("customers/S-1/treatment").status(), "revoked at once");
    assertEquals(404, admin.delete("tokens/" + id).status());
  }

  @Test
  void unknownTokensAreUnauthorizedAndBasicStillWorks() {
    Api.Response unknown = Api.bearer("tw_not-a-real-token").get("customers/S-1/treatment");
    assertEquals(401, unknown.status());
    assertEquals(401, Api.bearer("garbage").get("customers/S-1/treatment").status());
    assertEquals(200, admin.get("customers/S-1/treatment").status());
  }

  @Test
  void onlyAdminsCreateTokensAndNeverWithAdminRights() {
    Api analyst = Api.newUser("analyst.token", "CX_ANALYST");
    assertEquals(403, analyst.postJson("tokens", "{\"name\":\"mine\",\"roles\":[\"CCSX\"]}").status());
    assertEquals(422, admin.postJson("tokens", "{\"name\":\"root\",\"roles\":[\"ADMIN\"]}").status());
    assertEquals(422, admin.postJson("tokens", "{\"name\":\"x\",\"roles\":[\"CCSX\"]}").status(), "name too short");
    assertEquals(422, admin.postJson("tokens", "{\"name\":\"erp\",\"roles\":[]}").status());
    createToken("erp", "\"CCSX\",\"ACCOUNT_MANAGER\"");
    assertEquals(409, admin.postJson("tokens", "{\"name\":\"erp\",\"roles\":[\"CCSX\"]}").status());
  }
}
