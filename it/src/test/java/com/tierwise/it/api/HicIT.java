package com.tierwise.it.api;

import static com.tierwise.it.support.Nominations.nomination;
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
import jakarta.mail.internet.MimeMessage;
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
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * High-impact customers over HTTP: nomination with the five qualifying questions, maker-checker
 * board decisions (one of two concurrent decisions wins), request for information and
 * resubmission, the treatment an HIC gets, re-review and revocation, the profile, candidates,
 * the audit, and the mail that tells the board a nomination waits. On the worked example of
 * TieringIT: T-20 and T-21 are tier A, T-12..T-19 tier B.
 */
@ExtendWith(ArquillianExtension.class)
class HicIT {

  @RegisterExtension static final GreenMailExtension SMTP = Mailbox.smtpServer();

  private final Api analyst = Api.newUser("analyst.hic", "CX_ANALYST");
  private final Api manager = Api.newUser("manager.hic", "ACCOUNT_MANAGER");
  private final Api board = Api.newUserWithEmail("board.hic", "board.hic@it.example", "GOVERNANCE_BOARD");
  private final Api secondBoard = Api.newUserWithEmail("board2.hic", "board2.hic@it.example", "GOVERNANCE_BOARD");
  private final Api managerOnBoard = Api.newUser("manager-board.hic", "ACCOUNT_MANAGER", "GOVERNANCE_BOARD");

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
    assertEquals(200, analyst.post("customers/import", "text/csv", csv.toString()).status());
    assertEquals(201, analyst.postJson("tiering/runs", "").status());
  }

  private long nominate(Api who, String externalId) {
    Api.Response created = who.postJson("hic/nominations", nomination(externalId, 4));
    assertEquals(201, created.status(), created.toString());
    assertEquals("PENDING", created.json().getString("status"));
    assertEquals(20, created.json().getInt("totalScore"));
    return created.json().getJsonNumber("id").longValue();
  }

  private static Api.Response decide(Api who, long id, String decision, String comment) {
    return who.postJson(
        "hic/nominations/" + id + "/decision",
        "{\"decision\":\"" + decision + "\"" + (comment == null ? "" : ",\"comment\":\"" + comment + "\"") + "}");
  }

  @Test
  void anApprovedNominationMakesTheCustomerAnHicWithADedicatedTeamAndNoAutomation() throws Exception {
    assertEquals("STANDARD_QUEUE", analyst.get("customers/T-19/treatment").json().getString("route"));
    long id = nominate(manager, "T-19");

    List<MimeMessage> mails = Mailbox.about(SMTP, "HIC nomination " + id + " ", 2);
    List<String> to = Mailbox.recipients(mails);
    assertTrue(to.containsAll(List.of("board.hic@it.example", "board2.hic@it.example")), to.toString());
    assertTrue(mails.get(0).getContent().toString().contains("T-19 (Customer 19) nominated by manager.hic"),
        mails.get(0).getContent().toString());

    assertEquals(403, decide(manager, id, "APPROVE", null).status(), "only the board decides");
    Api.Response approved = decide(board, id, "APPROVE", "clear case");
    assertEquals(200, approved.status(), approved.toString());
    assertEquals("APPROVED", approved.json().getString("status"));
    assertEquals("board.hic", approved.json().getString("decidedBy"));

    assertTrue(analyst.get("customers/T-19").json().getBoolean("hic"));
    JsonObject treatment = analyst.get("customers/T-19/treatment").json();
    assertEquals("DEDICATED_TEAM", treatment.getString("route"));
    assertFalse(treatment.getBoolean("automationAllowed"));
    assertTrue(treatment.getBoolean("hic"));

    Api.Response roster = board.get("hic/customers");
    assertEquals("1", roster.header("X-Total-Count"));
    assertEquals("T-19", roster.array().getJsonObject(0).getString("externalId"));
    assertEquals(422, manager.postJson("hic/nominations", nomination("T-19", 3)).status(), "already an HIC");

    JsonArray audit = board.get("governance/audit/customers/T-19").array();
    List<String> actions = audit.stream().map(a -> a.asJsonObject().getString("action")).toList();
    assertTrue(actions.containsAll(List.of("NOMINATED", "APPROVE", "APPROVED")), actions.toString());
    JsonObject decision = audit.stream().map(a -> a.asJsonObject())
        .filter(a -> a.getString("action").equals("APPROVE")).findFirst().orElseThrow();
    assertEquals("board.hic", decision.getString("actor"));
    assertTrue(decision.getString("before").contains("\"status\":\"PENDING\""), decision.toString());
    assertTrue(decision.getString("after").contains("\"status\":\"APPROVED\""), decision.toString());
  }

  @Test
  void theNominatorCannotDecideTheirOwnNominationEvenOnTheBoard() {
    long id = nominate(managerOnBoard, "T-18");
    Api.Response own = decide(managerOnBoard, id, "APPROVE", null);
    assertEquals(403, own.status(), own.toString());
    assertTrue(own.json().getString("message").contains("maker-checker"), own.toString());
  }

  @Test
  void anIncompleteNominationIsRefusedWithEveryProblem() {
    Api.Response refused =
        manager.postJson(
            "hic/nominations",
            "{\"externalId\":\"T-19\",\"answers\":[{\"question\":\"LOYALTY\",\"score\":9,\"explanation\":\"\"}]}");
    assertEquals(422, refused.status(), refused.toString());
    List<String> problems =
        refused.json().getJsonArray("problems").stream().map(p -> ((jakarta.json.JsonString) p).getString()).toList();
    assertTrue(problems.contains("answers[0] (LOYALTY).score must be between 0 and 5, not 9"), problems.toString());
    assertTrue(problems.contains("answers[0] (LOYALTY).explanation is required: say why this score"), problems.toString());
    assertTrue(problems.contains("answers: question SHARE_OF_BUSINESS is not answered"), problems.toString());
    assertTrue(problems.stream().anyMatch(p -> p.startsWith("uniquenessAndRisk is required")), problems.toString());
    assertEquals(422, manager.postJson("hic/nominations", nomination("NOPE", 3)).status());
    assertEquals(403, board.postJson("hic/nominations", nomination("T-19", 3)).status(), "the board does not nominate");
  }

  @Test
  void theBoardAsksForMoreInformationAndTheNominatorResubmits() {
    long id = nominate(manager, "T-17");
    assertEquals(422, decide(board, id, "REJECT", null).status(), "a rejection needs a reason");
    Api.Response asked = decide(board, id, "REQUEST_INFO", "How often do they order?");
    assertEquals(200, asked.status(), asked.toString());
    assertEquals("INFO_REQUESTED", asked.json().getString("status"));
    assertEquals(409, decide(secondBoard, id, "APPROVE", null).status(), "waits for the nominator");
    assertEquals(403, analyst.postJson("hic/nominations/" + id + "/resubmission", nomination(null, 5)).status(),
        "only the nominator amends");

    Api.Response resubmitted = manager.postJson("hic/nominations/" + id + "/resubmission", nomination(null, 5));
    assertEquals(200, resubmitted.status(), resubmitted.toString());
    assertEquals("PENDING", resubmitted.json().getString("status"));
    assertEquals(25, resubmitted.json().getInt("totalScore"));

    Api.Response rejected = decide(secondBoard, id, "REJECT", "One large order, not a pattern");
    assertEquals(200, rejected.status(), rejected.toString());
    assertEquals("REJECTED", rejected.json().getString("status"));
    assertFalse(analyst.get("customers/T-17").json().getBoolean("hic"));
    List<String> trail = board.get("hic/nominations/" + id + "/audit").array().stream()
        .map(a -> a.asJsonObject().getString("action")).toList();
    assertEquals(List.of("NOMINATED", "REQUEST_INFO", "RESUBMITTED", "REJECT"), trail);
  }

  @Test
  void twoConcurrentDecisionsExactlyOneWins() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 3; round++) {
        long id = nominate(manager, "T-" + (10 + round));
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Api.Response>> answers = new ArrayList<>();
        answers.add(threads.submit(() -> { start.await(); return decide(board, id, "APPROVE", null); }));
        answers.add(threads.submit(() -> { start.await(); return decide(secondBoard, id, "REJECT", "not now"); }));
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Api.Response> answer : answers) {
          statuses.add(answer.get().status());
        }
        assertEquals(List.of(200, 409), statuses.stream().sorted().toList(), "round " + round + ": " + statuses);
        JsonObject decided = board.get("hic/nominations/" + id).json();
        boolean approved = decided.getString("status").equals("APPROVED");
        assertEquals(approved, analyst.get("customers/T-" + (10 + round)).json().getBoolean("hic"), decided.toString());
        assertEquals(2, board.get("hic/nominations/" + id + "/audit").array().size());
      }
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void aDueReReviewIsQueuedAndARevocationEndsTheSpecialTreatment() {
    long id = nominate(manager, "T-19");
    assertEquals(200, decide(board, id, "APPROVE", null).status());
    assertEquals(0, board.get("governance/queue").json().getInt("dueReviews"));
    TestDatabase.execute("UPDATE hic_membership SET review_due = CURRENT_DATE - 1");

    Api.Response due = board.get("hic/customers?due=true");
    assertEquals("1", due.header("X-Total-Count"), due.toString());
    assertEquals(1, board.get("governance/queue").json().getInt("dueReviews"));

    Api.Response confirmed = board.postJson("hic/customers/T-19/review", "{\"decision\":\"CONFIRM\"}");
    assertEquals(200, confirmed.status(), confirmed.toString());
    assertTrue(confirmed.json().getBoolean("hic"));
    assertEquals("0", board.get("hic/customers?due=true").header("X-Total-Count"), "renewed for another period");

    assertEquals(422, board.postJson("hic/customers/T-19/review", "{\"decision\":\"REVOKE\"}").status(),
        "a revocation needs a reason");
    Api.Response revoked =
        board.postJson("hic/customers/T-19/review", "{\"decision\":\"REVOKE\",\"comment\":\"Contract ended\"}");
    assertEquals(200, revoked.status(), revoked.toString());
    assertFalse(revoked.json().getBoolean("hic"));
    assertFalse(analyst.get("customers/T-19").json().getBoolean("hic"));
    assertEquals("STANDARD_QUEUE", analyst.get("customers/T-19/treatment").json().getString("route"));
    assertEquals(409, board.postJson("hic/customers/T-19/review", "{\"decision\":\"CONFIRM\"}").status());

    // Hibernate Envers kept every step of the membership; the revocation keeps its reason.
    List<JsonObject> membership = board.get("governance/audit/customers/T-19").array().stream()
        .map(a -> a.asJsonObject()).filter(a -> a.getString("subject").equals("HIC_MEMBERSHIP")).toList();
    assertEquals(List.of("APPROVED", "CONFIRMED", "REVOKED"),
        membership.stream().map(a -> a.getString("action")).toList(), membership.toString());
    JsonObject revocation = membership.get(2);
    assertEquals("Contract ended", revocation.getString("remark"), revocation.toString());
    assertEquals("board.hic", revocation.getString("actor"));
    assertEquals("{\"hic\":false}", revocation.getString("after"));
    assertFalse(revocation.isNull("revision") || revocation.isNull("requestId"), revocation.toString());
    assertEquals(3, TestDatabase.count("SELECT COUNT(*) FROM hic_membership_aud a JOIN audit_revision r ON r.id = a.rev"
        + " WHERE r.request_id IS NULL OR r.request_id <> 'baseline'"));
  }

  @Test
  void theProfileHoldsTheFourPillarsForAnHicOnly() {
    String profile =
        "{\"demanding\":\"Plant stops within 4 hours\",\"differentiated\":\"Expects a named engineer on site\","
            + "\"team\":[{\"name\":\"Ayşe Yılmaz\",\"role\":\"account lead\",\"contact\":\"ayse@example.com\"},"
            + "{\"name\":\"Omid Rahimi\",\"role\":\"service engineer\"}],"
            + "\"directLine\":\"+90 212 555 01 01\",\"delivered\":\"Chief engineer Mehmet; calls before 9\"}";
    assertEquals(422, manager.putJson("hic/customers/T-19/profile", profile).status(), "not an HIC yet");
    assertEquals(200, decide(board, nominate(manager, "T-19"), "APPROVE", null).status());

    Api.Response saved = manager.putJson("hic/customers/T-19/profile", profile);
    assertEquals(200, saved.status(), saved.toString());
    JsonObject read = analyst.get("hic/customers/T-19/profile").json();
    assertEquals("Ayşe Yılmaz", read.getJsonArray("team").getJsonObject(0).getString("name"));
    assertEquals("service engineer", read.getJsonArray("team").getJsonObject(1).getString("role"));
    assertEquals("+90 212 555 01 01", read.getString("directLine"));
    long version = read.getJsonNumber("version").longValue();

    String update = profile.substring(0, profile.length() - 1) + ",\"version\":" + version + "}";
    assertEquals(200, manager.putJson("hic/customers/T-19/profile", update).status());
    Api.Response stale = board.putJson("hic/customers/T-19/profile", update);
    assertEquals(409, stale.status(), "saved by someone else since: " + stale);
    Api.Response bad = manager.putJson("hic/customers/T-19/profile", "{\"team\":[{\"name\":\"\"}],\"directLine\":\"ask Ayşe\"}");
    assertEquals(422, bad.status(), bad.toString());
  }

  @Test
  void candidatesAreTopOfTheBusinessMetricAndNotYetNominated() {
    Api.Response candidates = analyst.get("hic/candidates?minPercentile=90");
    assertEquals(200, candidates.status(), candidates.toString());
    List<String> ids = candidates.array().stream().map(c -> c.asJsonObject().getString("externalId")).toList();
    assertEquals(List.of("T-21", "T-20", "T-19"), ids);
    assertEquals(21.0 / 231, candidates.array().getJsonObject(0).getJsonNumber("shareOfBusiness").doubleValue(), 1e-9);
    nominate(manager, "T-21");
    ids = analyst.get("hic/candidates?minPercentile=90").array().stream()
        .map(c -> c.asJsonObject().getString("externalId")).toList();
    assertEquals(List.of("T-20", "T-19"), ids);
    assertEquals(400, analyst.get("hic/candidates?minPercentile=abc").status());
  }
}
