package com.tierwise.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tierwise.it.support.Api;
import com.tierwise.it.support.Deployments;
import com.tierwise.it.support.TestDatabase;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit by Hibernate Envers, black-box against the running EAR and its database: who changed
 * an override or the treatment policy, when, and each field before and after, per request and
 * per customer. Worked example of TieringIT: T-20, T-21 tier A; T-12..T-19 tier B.
 */
@ExtendWith(ArquillianExtension.class)
class EnversAuditIT {

  private final Api analyst = Api.newUser("analyst.envers", "CX_ANALYST");
  private final Api manager = Api.newUser("manager.envers", "ACCOUNT_MANAGER");
  private final Api secondManager = Api.newUser("manager2.envers", "ACCOUNT_MANAGER");
  private final Api board = Api.newUser("board.envers", "GOVERNANCE_BOARD");
  private final Api secondBoard = Api.newUser("board2.envers", "GOVERNANCE_BOARD");

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

  private long promote(Api who, String externalId, String demote) {
    Api.Response created = who.postJson("overrides",
        "{\"externalId\":\"" + externalId + "\",\"tier\":\"A\",\"reason\":\"LEGACY\","
            + "\"justification\":\"Founding customer\",\"demoteExternalId\":\"" + demote + "\"}");
    assertEquals(201, created.status(), created.toString());
    return created.json().getJsonNumber("id").longValue();
  }

  private static Api.Response decide(Api who, long id, String decision, String comment) {
    return who.postJson("overrides/" + id + "/decision",
        "{\"decision\":\"" + decision + "\",\"comment\":\"" + comment + "\"}");
  }

  /** field → [before, after] as JSON text ("null" when absent). */
  private static Map<String, List<String>> changes(JsonObject entry) {
    Map<String, List<String>> changes = new TreeMap<>();
    for (JsonValue value : entry.getJsonArray("changes")) {
      JsonObject change = value.asJsonObject();
      changes.put(change.getString("field"), List.of(text(change, "before"), text(change, "after")));
    }
    return changes;
  }

  private static String text(JsonObject change, String key) {
    if (!change.containsKey(key) || change.isNull(key)) {
      return "null";
    }
    JsonValue value = change.get(key);
    return value.getValueType() == JsonValue.ValueType.STRING ? change.getString(key) : value.toString();
  }

  @Test
  void aRequestAndItsDecisionAreRevisionsWithTheirUsersAndFieldsBeforeAndAfter() {
    long id = promote(manager, "T-19", "T-20");
    assertEquals(200, decide(board, id, "APPROVE", "a real partner").status());

    JsonArray trail = analyst.get("overrides/" + id).json().getJsonArray("trail");
    assertEquals(2, trail.size(), trail.toString());
    JsonObject requested = trail.getJsonObject(0);
    JsonObject approved = trail.getJsonObject(1);
    assertEquals("manager.envers", requested.getString("actor"));
    assertEquals("PENDING", requested.getString("toStatus"));
    assertEquals(List.of("null", "PENDING"), changes(requested).get("status"));
    assertEquals(List.of("null", "Founding customer"), changes(requested).get("justification"));

    assertEquals("board.envers", approved.getString("actor"));
    assertEquals("PENDING", approved.getString("fromStatus"));
    assertEquals("APPROVED", approved.getString("toStatus"));
    assertEquals("a real partner", approved.getString("comment"));
    Map<String, List<String>> decided = changes(approved);
    assertEquals(List.of("PENDING", "APPROVED"), decided.get("status"));
    assertEquals(List.of("null", "board.envers"), decided.get("decidedBy"));
    assertEquals(List.of("null", "a real partner"), decided.get("decisionComment"));
    assertEquals("null", decided.get("expiresAt").get(0));
    assertFalse(decided.containsKey("tier"), "the tier did not change: " + decided);
    assertTrue(approved.getJsonNumber("revision").longValue() > requested.getJsonNumber("revision").longValue());
    assertFalse(requested.isNull("requestId"), "each revision names its request");
    assertNotEquals(requested.getString("requestId"), approved.getString("requestId"));

    // Envers wrote both revisions; the hand-written trail has nothing for it any more.
    assertEquals(2, TestDatabase.count("SELECT COUNT(*) FROM tier_override_aud WHERE id = " + id));
    assertEquals(1, TestDatabase.count(
        "SELECT COUNT(*) FROM tier_override_aud a JOIN audit_revision r ON r.id = a.rev"
            + " WHERE a.id = " + id + " AND r.username = 'board.envers' AND a.status = 'APPROVED'"));
    assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM tier_override_audit"));
  }

  /** The seeded policy (V2) with tier A's first response and tier B's payment terms as given. */
  private static String policy(int aFirstResponseMinutes, int bPaymentTermsDays) {
    return "[{\"segment\":\"HIC\",\"route\":\"DEDICATED_TEAM\",\"firstResponseMinutes\":15,\"automationAllowed\":false,"
        + "\"allocationPriority\":1,\"paymentTermsDays\":90,\"innovationPartnerEligible\":true},"
        + "{\"segment\":\"A\",\"route\":\"PRIORITY_QUEUE\",\"firstResponseMinutes\":" + aFirstResponseMinutes
        + ",\"automationAllowed\":false,\"allocationPriority\":2,\"paymentTermsDays\":60,\"innovationPartnerEligible\":true},"
        + "{\"segment\":\"B\",\"route\":\"STANDARD_QUEUE\",\"firstResponseMinutes\":240,\"automationAllowed\":true,"
        + "\"allocationPriority\":3,\"paymentTermsDays\":" + bPaymentTermsDays + ",\"innovationPartnerEligible\":false},"
        + "{\"segment\":\"C\",\"route\":\"STANDARD_QUEUE\",\"firstResponseMinutes\":1440,\"automationAllowed\":true,"
        + "\"allocationPriority\":4,\"paymentTermsDays\":30,\"innovationPartnerEligible\":false},"
        + "{\"segment\":\"UNTIERED\",\"route\":\"STANDARD_QUEUE\",\"firstResponseMinutes\":1440,\"automationAllowed\":true,"
        + "\"allocationPriority\":5,\"paymentTermsDays\":30,\"innovationPartnerEligible\":false}]";
  }

  @Test
  void aTreatmentPolicyEditShowsWhoChangedWhichFieldFromWhatToWhat() {
    assertEquals(200, board.putJson("treatment/policy", policy(30, 45)).status());
    assertEquals(200, secondBoard.putJson("treatment/policy", policy(30, 50)).status());
    assertEquals(200, board.putJson("treatment/policy", policy(30, 50)).status(), "saving the same policy again");

    JsonArray audit = analyst.get("governance/audit/treatment-policy").array();
    assertEquals(2, audit.size(), "a save that changes nothing is no revision: " + audit);
    JsonObject first = audit.getJsonObject(0);
    assertEquals("board.envers", first.getString("actor"));
    assertEquals(Map.of("A.firstResponseMinutes", List.of("60", "30")), changes(first));
    assertTrue(first.getString("before").contains("\"firstResponseMinutes\":60"), first.toString());
    assertTrue(first.getString("after").contains("\"firstResponseMinutes\":30"), first.toString());
    JsonObject second = audit.getJsonObject(1);
    assertEquals("board2.envers", second.getString("actor"));
    assertEquals(Map.of("B.paymentTermsDays", List.of("45", "50")), changes(second));
    assertFalse(second.isNull("revision"));
  }

  @Test
  void theCustomersAuditListsEveryOverrideChangeByItsUserInOrder() {
    long rejected = promote(manager, "T-19", "T-20");
    assertEquals(200, decide(board, rejected, "REJECT", "not yet").status());
    long approved = promote(secondManager, "T-18", "T-20");
    assertEquals(200, decide(secondBoard, approved, "APPROVE", "agreed").status());

    JsonArray audit = analyst.get("governance/audit/customers/T-20").array();
    assertEquals(
        List.of("PENDING", "REJECTED", "PENDING", "APPROVED"),
        audit.stream().map(a -> a.asJsonObject().getString("action")).toList(), audit.toString());
    assertEquals(
        List.of("manager.envers", "board.envers", "manager2.envers", "board2.envers"),
        audit.stream().map(a -> a.asJsonObject().getString("actor")).toList());
    assertEquals(
        List.of(String.valueOf(rejected), String.valueOf(rejected), String.valueOf(approved), String.valueOf(approved)),
        audit.stream().map(a -> a.asJsonObject().getString("subjectId")).toList());
    JsonObject last = audit.getJsonObject(3);
    assertEquals("T-20", last.getString("externalId"));
    assertTrue(last.getString("before").contains("\"status\":\"PENDING\""), last.toString());
    assertTrue(last.getString("after").contains("\"status\":\"APPROVED\""), last.toString());
    assertEquals(List.of("PENDING", "APPROVED"), changes(last).get("status"));
    JsonObject first = audit.getJsonObject(0);
    assertTrue(!first.containsKey("before") || first.isNull("before"), "a new request has no before: " + first);

    List<String> promoted = analyst.get("governance/audit/customers/T-19").array().stream()
        .map(a -> a.asJsonObject().getString("action")).toList();
    assertEquals(List.of("PENDING", "REJECTED"), promoted, "T-19 sees only its own override");
  }

  @Test
  void aBulkImportIsAuditedAsOneRecordNotPerRow() {
    Api.Response imports = analyst.get("governance/audit/imports?limit=1");
    assertEquals(200, imports.status(), imports.toString());
    assertTrue(Long.parseLong(imports.header("X-Total-Count")) >= 1);
    JsonObject newest = imports.array().getJsonObject(0);
    assertEquals("analyst.envers", newest.getString("importedBy"));
    assertEquals(21, newest.getInt("created"), "the worked example of @BeforeEach: " + newest);
    assertEquals(0, newest.getInt("updated"));
    assertFalse(newest.isNull("requestId"));
    assertEquals(403, manager.get("governance/audit/imports").status());
  }
}
