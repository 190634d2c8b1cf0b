package com.tierwise.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tierwise.it.support.Api;
import com.tierwise.it.support.Deployments;
import com.tierwise.it.support.TestDatabase;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.Statement;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Treatment per customer and the treatment policy over HTTP (ACCEPTANCE.md "Treatment"). */
@ExtendWith(ArquillianExtension.class)
class TreatmentIT {

  private static final String POLICY =
      "[{\"segment\":\"HIC\",\"route\":\"DEDICATED_TEAM\",\"firstResponseMinutes\":10,\"automationAllowed\":%s,"
          + "\"allocationPriority\":1,\"paymentTermsDays\":90,\"innovationPartnerEligible\":true},"
          + "{\"segment\":\"A\",\"route\":\"DEDICATED_TEAM\",\"firstResponseMinutes\":30,\"automationAllowed\":false,"
          + "\"allocationPriority\":2,\"paymentTermsDays\":75,\"innovationPartnerEligible\":true},"
          + "{\"segment\":\"B\",\"route\":\"PRIORITY_QUEUE\",\"firstResponseMinutes\":120,\"automationAllowed\":true,"
          + "\"allocationPriority\":3,\"paymentTermsDays\":45,\"innovationPartnerEligible\":false},"
          + "{\"segment\":\"C\",\"route\":\"STANDARD_QUEUE\",\"firstResponseMinutes\":1440,\"automationAllowed\":true,"
          + "\"allocationPriority\":4,\"paymentTermsDays\":30,\"innovationPartnerEligible\":false},"
          + "{\"segment\":\"UNTIERED\",\"route\":\"STANDARD_QUEUE\",\"firstResponseMinutes\":2880,\"automationAllowed\":true,"
          + "\"allocationPriority\":5,\"paymentTermsDays\":30,\"innovationPartnerEligible\":false}]";

  private final Api analyst = Api.newUser("analyst.treatment", "CX_ANALYST");
  private final Api board = Api.newUser("board.treatment", "GOVERNANCE_BOARD");
  private final Api contactCentre = Api.newUser("ccsx.treatment", "CCSX");

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  @BeforeEach
  void workedExampleWithOneRun() throws Exception {
    TestDatabase.resetCustomers();
    StringBuilder csv = new StringBuilder("external_id,name,business_value,cx_score\n");
    for (int i = 1; i <= 21; i++) {
      csv.append("T-").append(i).append(",Customer ").append(i).append(',').append(i).append(',').append(i).append('\n');
    }
    csv.append("U-1,No CX yet,1000,\n");
    assertEquals(200, analyst.post("customers/import", "text/csv", csv.toString()).status());
    assertEquals(201, analyst.postJson("tiering/runs", "").status());
    // HIC nominations are not built yet: mark one customer directly.
    try (Connection connection = TestDatabase.connect(); Statement update = connection.createStatement()) {
      update.executeUpdate("UPDATE customer SET hic = TRUE WHERE external_id = 'T-2'");
    }
  }

  private JsonObject treatment(String externalId) {
    Api.Response answer = contactCentre.get("customers/" + externalId + "/treatment");
    assertEquals(200, answer.status(), answer.toString());
    return answer.json();
  }

  @Test
  void eachTierGetsItsTreatment() {
    JsonObject a = treatment("T-21");
    assertEquals("A", a.getString("tier"));
    assertFalse(a.getBoolean("hic"));
    assertEquals("PRIORITY_QUEUE", a.getString("route"));
    assertEquals(60, a.getInt("firstResponseMinutes"));
    assertFalse(a.getBoolean("automationAllowed"));
    assertEquals(2, a.getInt("allocationPriority"));
    assertEquals(60, a.getInt("paymentTermsDays"));
    assertTrue(a.getBoolean("innovationPartnerEligible"));

    JsonObject c = treatment("T-1");
    assertEquals("C", c.getString("tier"));
    assertEquals("STANDARD_QUEUE", c.getString("route"));
    assertTrue(c.getBoolean("automationAllowed"));

    JsonObject untiered = treatment("U-1");
    assertEquals(JsonValue.NULL, untiered.get("tier"));
    assertEquals("UNTIERED", untiered.getString("segment"));

    Api.Response unknown = contactCentre.get("customers/NOBODY/treatment");
    assertEquals(404, unknown.status(), unknown.toString());
    assertEquals(401, Api.anonymous().get("customers/T-1/treatment").status());
  }

  @Test
  void aHighImpactCustomerIsNeverAutomatedAndHasADedicatedTeam() {
    JsonObject hic = treatment("T-2");
    assertEquals("C", hic.getString("tier"), "the tier stays visible");
    assertTrue(hic.getBoolean("hic"));
    assertEquals("DEDICATED_TEAM", hic.getString("route"));
    assertFalse(hic.getBoolean("automationAllowed"));
    assertEquals(1, hic.getInt("allocationPriority"));
  }

  @Test
  void theTreatmentFollowsAnApprovedOverride() {
    Api manager = Api.newUser("manager.treatment", "ACCOUNT_MANAGER");
    Api.Response created =
        manager.postJson(
            "overrides",
            "{\"externalId\":\"T-19\",\"tier\":\"A\",\"reason\":\"LEGACY\",\"justification\":\"Founding customer\","
                + "\"demoteExternalId\":\"T-21\"}");
    assertEquals(201, created.status(), created.toString());
    Api.Response approved =
        board.postJson(
            "overrides/" + created.json().getJsonNumber("id").longValue() + "/decision", "{\"decision\":\"APPROVE\"}");
    assertEquals(200, approved.status(), approved.toString());
    assertEquals("PRIORITY_QUEUE", treatment("T-19").getString("route"));
    assertEquals("A", treatment("T-19").getString("tier"));
    assertEquals("B", treatment("T-21").getString("tier"));
    assertTrue(treatment("T-21").getBoolean("automationAllowed"));
  }

  @Test
  void theBoardMaintainsThePolicyAndHicsStayProtected() {
    Api.Response policy = contactCentre.get("treatment/policy");
    assertEquals(200, policy.status(), policy.toString());
    assertEquals(5, policy.array().size());

    Api.Response saved = board.putJson("treatment/policy", String.format(POLICY, "false"));
    assertEquals(200, saved.status(), saved.toString());
    JsonObject a = treatment("T-21");
    assertEquals("DEDICATED_TEAM", a.getString("route"));
    assertEquals(30, a.getInt("firstResponseMinutes"));
    assertEquals(75, a.getInt("paymentTermsDays"));
    assertEquals(120, treatment("T-15").getInt("firstResponseMinutes"));

    Api.Response automatedHic = board.putJson("treatment/policy", String.format(POLICY, "true"));
    assertEquals(422, automatedHic.status(), automatedHic.toString());
    assertTrue(automatedHic.json().getString("message").contains("automation may never be allowed"), automatedHic.toString());
    assertEquals(30, treatment("T-21").getInt("firstResponseMinutes"), "nothing changed");

    Api.Response incomplete = board.putJson("treatment/policy", "[]");
    assertEquals(422, incomplete.status(), incomplete.toString());
    assertEquals(403, analyst.putJson("treatment/policy", String.format(POLICY, "false")).status());
    assertEquals(200, Api.admin().putJson("treatment/policy", String.format(POLICY, "false")).status());
  }
}
