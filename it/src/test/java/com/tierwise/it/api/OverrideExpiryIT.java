package com.tierwise.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.tierwise.it.support.Api;
import com.tierwise.it.support.Deployments;
import com.tierwise.it.support.Mailbox;
import com.tierwise.it.support.TestDatabase;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The governance sweep (hourly timer, or POST /governance/sweeps): overrides past their review
 * date expire and stop winning in later runs; requester and board are reminded once before; the
 * board is told by mail when an override request waits. Mail goes to a real SMTP server.
 */
@ExtendWith(ArquillianExtension.class)
class OverrideExpiryIT {

  @RegisterExtension static final GreenMailExtension SMTP = Mailbox.smtpServer();

  private final Api admin = Api.admin();
  private final Api analyst = Api.newUser("analyst.expiry", "CX_ANALYST");
  private final Api manager = Api.newUserWithEmail("manager.expiry", "manager.expiry@it.example", "ACCOUNT_MANAGER");
  private final Api board = Api.newUserWithEmail("board.expiry", "board.expiry@it.example", "GOVERNANCE_BOARD");

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  @BeforeEach
  void workedExampleWithOneRun() {
    TestDatabase.resetCustomers();
    StringBuilder csv = new StringBuilder("external_id,name,business_value,cx_score\n");
    for (int i = 1; i <= 21; i++) {
      csv.append("T-").append(i).append(",Customer ").append(i).append(',').append(i).append(',').append(i).append('\n');
    }
    assertEquals(200, analyst.post("customers/import", "text/csv", csv.toString()).status());
    assertEquals(201, analyst.postJson("tiering/runs", "").status());
  }

  private long approvedPromotionOfT19() throws Exception {
    Api.Response created =
        manager.postJson(
            "overrides",
            "{\"externalId\":\"T-19\",\"tier\":\"A\",\"reason\":\"LEGACY\",\"justification\":\"Founding customer\","
                + "\"demoteExternalId\":\"T-20\"}");
    assertEquals(201, created.status(), created.toString());
    long id = created.json().getJsonNumber("id").longValue();
    List<String> told = Mailbox.recipients(Mailbox.about(SMTP, "Override " + id + " waits", 1));
    assertTrue(told.contains("board.expiry@it.example"), told.toString());
    assertFalse(told.contains("manager.expiry@it.example"), "the board, not the requester: " + told);
    Api.Response approved =
        board.postJson("overrides/" + id + "/decision", "{\"decision\":\"APPROVE\",\"comment\":\"ok\"}");
    assertEquals(200, approved.status(), approved.toString());
    return id;
  }

  private JsonObject sweep() {
    Api.Response swept = admin.postJson("governance/sweeps", "");
    assertEquals(200, swept.status(), swept.toString());
    return swept.json();
  }

  private String tierOf(String externalId) {
    JsonObject customer = analyst.get("customers/" + externalId).json();
    return customer.isNull("tier") ? null : customer.getString("tier");
  }

  @Test
  void requesterAndBoardAreRemindedOnceBeforeExpiry() throws Exception {
    long id = approvedPromotionOfT19();
    TestDatabase.execute("UPDATE tier_override SET expires_at = CURRENT_DATE + 3 WHERE id = " + id);

    JsonArray reminded = sweep().getJsonArray("reminded");
    assertEquals(1, reminded.size(), reminded.toString());
    assertEquals(id, reminded.getJsonNumber(0).longValue());
    List<String> mailed = Mailbox.recipients(Mailbox.about(SMTP, "override " + id + " for T-19 expires", 1));
    assertTrue(mailed.containsAll(List.of("board.expiry@it.example", "manager.expiry@it.example")), mailed.toString());

    assertEquals(0, sweep().getJsonArray("reminded").size(), "recorded: never a second reminder");
    assertEquals("APPROVED", analyst.get("overrides/" + id).json().getString("status"));
    assertEquals(403, analyst.postJson("governance/sweeps", "").status());
  }

  @Test
  void anOverridePastItsReviewDateExpiresAndStopsWinning() throws Exception {
    long id = approvedPromotionOfT19();
    assertEquals("A", tierOf("T-19"));
    TestDatabase.execute("UPDATE tier_override SET expires_at = CURRENT_DATE - 1 WHERE id = " + id);
    TestDatabase.execute("UPDATE tier_override_effect SET expires_at = CURRENT_DATE - 1 WHERE override_id = " + id);

    JsonArray expired = sweep().getJsonArray("expired");
    assertEquals(1, expired.size(), expired.toString());
    JsonObject override = analyst.get("overrides/" + id).json();
    assertEquals("EXPIRED", override.getString("status"));
    JsonObject last = override.getJsonArray("trail").getJsonObject(override.getJsonArray("trail").size() - 1);
    assertEquals("EXPIRED", last.getString("toStatus"));
    assertEquals("system", last.getString("actor"));
    assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM tier_override_effect"));
    assertEquals(0, sweep().getJsonArray("expired").size(), "expires once");
    assertEquals("1", analyst.get("overrides?externalId=T-20&status=EXPIRED").header("X-Total-Count"),
        "listed for the demoted customer too");
    assertEquals("0", analyst.get("overrides?externalId=T-1").header("X-Total-Count"));

    assertEquals(201, analyst.postJson("tiering/runs", "").status());
    assertEquals("B", tierOf("T-19"), "the computed tier is back");
    assertEquals("A", tierOf("T-20"));
  }
}
