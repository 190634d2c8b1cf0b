package com.tierwise.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tierwise.it.support.Api;
import com.tierwise.it.support.Deployments;
import com.tierwise.it.support.TestDatabase;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Leadership overrides over HTTP, every rule of ACCEPTANCE.md "Overrides". On the worked example
 * of TieringIT: T-20 and T-21 are tier A, T-12..T-19 tier B, T-1..T-11 tier C, U-1 untiered.
 */
@ExtendWith(ArquillianExtension.class)
class OverrideIT {

  private final Api analyst = Api.newUser("analyst.override", "CX_ANALYST");
  private final Api manager = Api.newUser("manager.override", "ACCOUNT_MANAGER");
  private final Api board = Api.newUser("board.override", "GOVERNANCE_BOARD");
  private final Api secondBoard = Api.newUser("board2.override", "GOVERNANCE_BOARD");
  private final Api executive = Api.newUser("exec.override", "EXECUTIVE");

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
    csv.append("U-1,No CX yet,1000,\n");
    assertEquals(200, analyst.post("customers/import", "text/csv", csv.toString()).status());
    assertEquals(201, analyst.postJson("tiering/runs", "").status());
  }

  private static String request(String externalId, String tier, String demote) {
    return "{\"externalId\":\"" + externalId + "\",\"tier\":\"" + tier + "\",\"reason\":\"INNOVATION_PARTNER\","
        + "\"justification\":\"Co-develops our next product line\""
        + (demote == null ? "" : ",\"demoteExternalId\":\"" + demote + "\"") + "}";
  }

  private long requestPromotionOfT19() {
    Api.Response created = manager.postJson("overrides", request("T-19", "A", "T-20"));
    assertEquals(201, created.status(), created.toString());
    assertEquals("PENDING", created.json().getString("status"));
    assertTrue(created.header("Location").endsWith("/overrides/" + created.json().getJsonNumber("id").longValue()));
    return created.json().getJsonNumber("id").longValue();
  }

  private static Api.Response decide(Api who, long id, String decision) {
    return who.postJson("overrides/" + id + "/decision", "{\"decision\":\"" + decision + "\",\"comment\":\"reviewed\"}");
  }

  private String tierOf(String externalId) {
    JsonObject customer = analyst.get("customers/" + externalId).json();
    return customer.isNull("tier") ? null : customer.getString("tier");
  }

  private long tierACount() {
    return Long.parseLong(analyst.get("customers?tier=A&limit=0").header("X-Total-Count"));
  }

  @Test
  void approvalMovesBothCustomersAtOnceAndKeepsTheSizeOfTierA() {
    long id = requestPromotionOfT19();
    assertEquals("B", tierOf("T-19"), "nothing changes while pending");
    assertEquals(2, tierACount());

    Api.Response approved = decide(board, id, "APPROVE");
    assertEquals(200, approved.status(), approved.toString());
    JsonObject body = approved.json();
    assertEquals("APPROVED", body.getString("status"));
    assertEquals("board.override", body.getString("decidedBy"));
    assertEquals("reviewed", body.getString("decisionComment"));
    assertTrue(!body.isNull("expiresAt"), "an approval gets a review date: " + body);

    assertEquals("A", tierOf("T-19"));
    assertEquals("B", tierOf("T-20"));
    assertEquals(2, tierACount());

    JsonObject details = analyst.get("overrides/" + id).json();
    JsonArray trail = details.getJsonArray("trail");
    assertEquals(2, trail.size(), details.toString());
    assertEquals("PENDING", trail.getJsonObject(0).getString("toStatus"));
    assertEquals("manager.override", trail.getJsonObject(0).getString("actor"));
    assertEquals("PENDING", trail.getJsonObject(1).getString("fromStatus"));
    assertEquals("APPROVED", trail.getJsonObject(1).getString("toStatus"));
    assertEquals("board.override", trail.getJsonObject(1).getString("actor"));
  }

  @Test
  void anApprovedOverrideTakesPrecedenceInTheNextRun() {
    long id = requestPromotionOfT19();
    assertEquals(200, decide(board, id, "APPROVE").status());
    Api.Response next = analyst.postJson("tiering/runs", "");
    assertEquals(201, next.status(), next.toString());
    assertEquals(2, next.json().getJsonObject("counts").getInt("A"), next.toString());
    assertEquals("A", tierOf("T-19"));
    assertEquals("B", tierOf("T-20"));
    assertEquals(2, tierACount());
    List<String> csv =
        analyst.get("tiering/runs/" + next.json().getJsonNumber("id").longValue() + "/assignments", "text/csv")
            .body().lines().toList();
    assertTrue(csv.stream().anyMatch(line -> line.startsWith("T-19,A,")), csv.toString());
    assertTrue(csv.stream().anyMatch(line -> line.startsWith("T-20,B,")), csv.toString());
  }

  @Test
  void aRejectionChangesNothing() {
    long id = requestPromotionOfT19();
    Api.Response rejected = decide(board, id, "REJECT");
    assertEquals(200, rejected.status(), rejected.toString());
    assertEquals("REJECTED", rejected.json().getString("status"));
    assertEquals("B", tierOf("T-19"));
    assertEquals("A", tierOf("T-20"));
    analyst.postJson("tiering/runs", "");
    assertEquals("B", tierOf("T-19"));
  }

  @Test
  void raisingIntoARequiresADemotionOfACurrentACustomer() {
    Api.Response missing = manager.postJson("overrides", request("T-19", "A", null));
    assertEquals(422, missing.status(), missing.toString());
    assertTrue(missing.json().getString("message").contains("requires demoteExternalId"), missing.toString());

    Api.Response notInA = manager.postJson("overrides", request("T-19", "A", "T-12"));
    assertEquals(422, notInA.status(), notInA.toString());
    assertTrue(notInA.json().getString("message").contains("T-12 named to leave tier A is currently in tier B"), notInA.toString());

    Api.Response unknown = manager.postJson("overrides", request("NOBODY-7", "A", "T-20"));
    assertEquals(422, unknown.status(), unknown.toString());
    assertTrue(unknown.json().getString("message").contains("unknown customer NOBODY-7"), unknown.toString());

    Api.Response badFields =
        manager.postJson("overrides", "{\"externalId\":\"T-19\",\"tier\":\"Z\",\"reason\":\"FRIENDSHIP\"}");
    assertEquals(422, badFields.status(), badFields.toString());
    assertEquals(3, badFields.json().getJsonArray("problems").size(), badFields.toString());

    Api.Response demotion =
        manager.postJson("overrides", request("T-21", "B", null));
    assertEquals(201, demotion.status(), "a move out of A needs no partner: " + demotion);
    assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM tier_override WHERE tier = 'A'"));
  }

  @Test
  void theRequesterMayNotDecideTheirOwnRequest() {
    Api.Response created = board.postJson("overrides", request("T-19", "A", "T-20"));
    assertEquals(201, created.status(), created.toString());
    long id = created.json().getJsonNumber("id").longValue();
    Api.Response self = decide(board, id, "APPROVE");
    assertEquals(403, self.status(), self.toString());
    assertTrue(self.json().getString("message").contains("maker-checker"), self.toString());
    assertEquals("PENDING", analyst.get("overrides/" + id).json().getString("status"));
    assertEquals(200, decide(secondBoard, id, "APPROVE").status());
  }

  @Test
  void onlyTheGovernanceBoardDecides() {
    long id = requestPromotionOfT19();
    assertEquals(403, decide(analyst, id, "APPROVE").status());
    assertEquals(403, decide(executive, id, "APPROVE").status());
    assertEquals(403, executive.postJson("overrides", request("T-19", "A", "T-20")).status());
    assertEquals(401, Api.anonymous().get("overrides").status());
    assertEquals(200, decide(Api.admin(), id, "APPROVE").status(), "admin has every role");
  }

  @Test
  void aSecondDecisionIsAConflictAndUnknownRequestsAreNotFound() {
    long id = requestPromotionOfT19();
    assertEquals(200, decide(board, id, "APPROVE").status());
    Api.Response again = decide(secondBoard, id, "REJECT");
    assertEquals(409, again.status(), again.toString());
    assertTrue(again.json().getString("message").contains("already APPROVED"), again.toString());
    assertEquals(409, decide(board, id, "APPROVE").status());
    assertEquals(404, decide(board, 999_999, "APPROVE").status());
    assertEquals(404, analyst.get("overrides/999999").status());
    Api.Response other = manager.postJson("overrides", request("T-18", "A", "T-21"));
    assertEquals(201, other.status(), other.toString());
    Api.Response nonsense = decide(board, other.json().getJsonNumber("id").longValue(), "PERHAPS");
    assertEquals(422, nonsense.status(), nonsense.toString());
  }

  @Test
  void twoConcurrentDecisionsExactlyOneWins() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 3; round++) {
        long id = requestPromotionOfT19();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Api.Response>> answers = new ArrayList<>();
        answers.add(threads.submit(() -> { start.await(); return decide(board, id, "APPROVE"); }));
        answers.add(threads.submit(() -> { start.await(); return decide(secondBoard, id, "REJECT"); }));
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Api.Response> answer : answers) {
          statuses.add(answer.get().status());
        }
        assertEquals(List.of(200, 409), statuses.stream().sorted().toList(), "round " + round + ": " + statuses);
        JsonObject decided = analyst.get("overrides/" + id).json();
        assertEquals(2, decided.getJsonArray("trail").size(), decided.toString());
        if (decided.getString("status").equals("APPROVED")) {
          assertEquals("A", tierOf("T-19"));
          assertEquals(2, tierACount());
          // Put the example back for the next round.
          TestDatabase.resetCustomers();
          workedExampleWithOneRun();
        }
      }
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void pendingRequestsAreListedWithTheirCount() {
    long first = requestPromotionOfT19();
    Api.Response second = manager.postJson("overrides", request("T-21", "B", null));
    assertEquals(201, second.status(), second.toString());
    assertEquals(200, decide(board, first, "REJECT").status());

    Api.Response pending = board.get("overrides?status=PENDING");
    assertEquals(200, pending.status(), pending.toString());
    assertEquals("1", pending.header("X-Total-Count"));
    assertEquals("T-21", pending.array().getJsonObject(0).getString("externalId"));
    Api.Response all = board.get("overrides?limit=1");
    assertEquals("2", all.header("X-Total-Count"));
    assertEquals(1, all.array().size());
    assertEquals(400, board.get("overrides?status=MAYBE").status());

    Api.Response withdrawn =
        manager.postJson("overrides/" + second.json().getJsonNumber("id").longValue() + "/withdrawal", "{}");
    assertEquals(200, withdrawn.status(), withdrawn.toString());
    assertEquals("WITHDRAWN", withdrawn.json().getString("status"));
  }
}
