package com.tierwise.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tierwise.it.support.Api;
import com.tierwise.it.support.Deployments;
import com.tierwise.it.support.TestDatabase;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The experience charter over HTTP on PostgreSQL: drafts, the two signatures, the diff, attribution. */
@ExtendWith(ArquillianExtension.class)
class CharterIT {

  private final Api analyst = Api.newUser("analyst.charter", "CX_ANALYST");
  private final Api ccbmx = Api.newUser("maria.ccbmx", "CCBMX");
  private final Api ccbmx2 = Api.newUser("mehmet.ccbmx", "CCBMX");
  private final Api ccsx = Api.newUser("sami.ccsx", "CCSX");
  private final Api bothRoles = Api.newUser("leyla.both", "CCBMX", "CCSX");
  private final Api executive = Api.newUser("exec.charter", "EXECUTIVE");
  private final Api manager = Api.newUser("manager.charter", "ACCOUNT_MANAGER");

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  static void resetCharter() {
    TestDatabase.execute("DELETE FROM charter_signature");
    TestDatabase.execute("DELETE FROM charter_cell");
    TestDatabase.execute("DELETE FROM charter_version");
  }

  @BeforeEach
  void clean() {
    resetCharter();
    TestDatabase.resetCustomers();
  }

  @AfterEach
  void cleanAfter() {
    resetCharter();
    TestDatabase.resetCustomers();
  }

  private static final String CELLS =
      "[{\"stage\":\"INTEREST\",\"segment\":\"A\",\"desiredExperience\":\"Personal introduction by the account team\","
          + "\"owner\":\"CCBMX\",\"metric\":\"NPS\",\"target\":40},"
          + "{\"stage\":\"RETURNS\",\"segment\":\"HIC\",\"desiredExperience\":\"Collected at home, refund the same day\","
          + "\"owner\":\"CCSX\",\"metric\":\"DETRACTOR_SHARE\",\"target\":20},"
          + "{\"stage\":\"SUPPORT\",\"segment\":\"C\",\"desiredExperience\":\"Self-service first\","
          + "\"owner\":\"CCSX\",\"metric\":\"NPS\",\"target\":0}]";

  /** Starts a draft and fills it; returns its number and revision. */
  private int[] draftWith(String cells) {
    Api.Response created = analyst.postJson("charter/versions", "");
    assertEquals(201, created.status(), created.toString());
    int number = created.json().getInt("number");
    Api.Response edited = analyst.putJson("charter/versions/" + number + "/cells", cells);
    assertEquals(200, edited.status(), edited.toString());
    return new int[] {number, edited.json().getInt("revision")};
  }

  private static Api.Response sign(Api signer, int number, int revision, String role) {
    return signer.postJson(
        "charter/versions/" + number + "/signatures",
        "{\"revision\":" + revision + (role == null ? "" : ",\"role\":\"" + role + "\"") + "}");
  }

  @Test
  void bothSignaturesMakeAVersionEffectiveOneDoesNot() {
    assertEquals(404, executive.get("charter").status(), "nothing in effect yet");
    int[] draft = draftWith(CELLS);

    Api.Response first = sign(ccbmx, draft[0], draft[1], null);
    assertEquals(201, first.status(), first.toString());
    assertEquals("PARTLY_SIGNED", first.json().getString("status"));
    assertEquals("CCSX", first.json().getJsonArray("awaiting").getString(0));
    assertEquals(404, executive.get("charter").status(), "one signature is not enough");
    Api.Response edit = analyst.putJson("charter/versions/" + draft[0] + "/cells", "[]");
    assertEquals(409, edit.status(), "a signed draft is frozen: " + edit);

    Api.Response second = sign(ccsx, draft[0], draft[1], null);
    assertEquals(201, second.status(), second.toString());
    assertEquals("EFFECTIVE", second.json().getString("status"));
    JsonObject effective = executive.get("charter").json();
    assertEquals(draft[0], effective.getInt("number"));
    assertEquals(3, effective.getJsonArray("cells").size());
    JsonArray signatures = effective.getJsonArray("signatures");
    assertEquals("maria.ccbmx", signatures.getJsonObject(0).getString("signedBy"));
    assertEquals("sami.ccsx", signatures.getJsonObject(1).getString("signedBy"));
    assertEquals(effective.getString("contentHash"), signatures.getJsonObject(0).getString("contentHash"));

    // A change is a new draft copied from the effective version; taking effect supersedes the old one.
    String changed =
        "[{\"stage\":\"INTEREST\",\"segment\":\"A\",\"desiredExperience\":\"Personal introduction by the account team\","
            + "\"owner\":\"CCBMX\",\"metric\":\"NPS\",\"target\":50},"
            + "{\"stage\":\"SUPPORT\",\"segment\":\"C\",\"desiredExperience\":\"Self-service first\","
            + "\"owner\":\"CCSX\",\"metric\":\"NPS\",\"target\":0},"
            + "{\"stage\":\"PRE_ORDER\",\"segment\":\"HIC\",\"desiredExperience\":\"A named advisor within the hour\","
            + "\"owner\":\"CCSX\",\"metric\":\"FOLLOW_UP_IN_TIME\",\"target\":95}]";
    int[] next = draftWith(changed);
    assertEquals(draft[0] + 1, next[0]);
    JsonObject diff = executive.get("charter/versions/" + next[0] + "/diff").json();
    assertEquals(draft[0], diff.getInt("predecessor"));
    JsonArray changes = diff.getJsonArray("changes");
    assertEquals(3, changes.size(), changes.toString());
    assertEquals("INTEREST CHANGED [\"target\"]", line(changes.getJsonObject(0)));
    assertEquals("PRE_ORDER ADDED []", line(changes.getJsonObject(1)));
    assertEquals("RETURNS REMOVED []", line(changes.getJsonObject(2)));
    assertEquals(40, changes.getJsonObject(0).getJsonObject("before").getInt("target"));
    assertEquals(50, changes.getJsonObject(0).getJsonObject("after").getInt("target"));

    assertEquals(201, sign(ccsx, next[0], next[1], null).status());
    assertEquals(draft[0], executive.get("charter").json().getInt("number"), "still the old one until both signed");
    assertEquals(201, sign(ccbmx2, next[0], next[1], null).status());
    assertEquals(next[0], executive.get("charter").json().getInt("number"));
    assertEquals("SUPERSEDED", executive.get("charter/versions/" + draft[0]).json().getString("status"));
    Api.Response versions = executive.get("charter/versions");
    assertEquals("2", versions.header("X-Total-Count"));
    assertEquals(next[0], versions.array().getJsonObject(0).getInt("number"), "newest first");
  }

  private static String line(JsonObject change) {
    return change.getString("stage") + " " + change.getString("kind") + " " + change.getJsonArray("fields");
  }

  @Test
  void theSamePersonCannotSignTwiceAndStaleOrForeignSignaturesAreRefused() {
    int[] draft = draftWith(CELLS);
    assertEquals(422, sign(bothRoles, draft[0], draft[1], null).status(), "holding both roles, say which");
    assertEquals(409, sign(ccbmx, draft[0], draft[1] - 1, null).status(), "a signature of content that changed since");
    assertEquals(403, sign(ccbmx, draft[0], draft[1], "CCSX").status(), "a role one does not hold");
    assertEquals(403, sign(analyst, draft[0], draft[1], null).status(), "only the two executives sign");

    assertEquals(201, sign(bothRoles, draft[0], draft[1], "CCBMX").status());
    Api.Response twice = sign(bothRoles, draft[0], draft[1], "CCSX");
    assertEquals(403, twice.status(), twice.toString());
    assertTrue(twice.body().contains("already signed"), twice.body());
    assertEquals(409, sign(ccbmx, draft[0], draft[1], null).status(), "CCBMX has signed already");
    assertEquals(409, analyst.postJson("charter/versions", "").status(), "one version is agreed at a time");
    assertEquals("PARTLY_SIGNED", executive.get("charter/versions/" + draft[0]).json().getString("status"));
    assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM charter_signature"));

    assertEquals(403, executive.postJson("charter/versions", "").status(), "executives read the charter");
    assertEquals(403, manager.get("charter").status());
    assertEquals(401, Api.anonymous().get("charter").status());
    Api.Response bad =
        analyst.putJson("charter/versions/99/cells", "[{\"stage\":\"LUNCH\",\"segment\":\"Z\",\"target\":\"high\"}]");
    assertEquals(422, bad.status(), bad.toString());
    assertTrue(bad.body().contains("stage must be") && bad.body().contains("segment must be"), bad.body());
  }

  @Test
  void aVersionTheExecutivesDoNotAgreeOnIsAbandonedWithAReasonAndANewDraftStarts() {
    int[] draft = draftWith(CELLS);
    assertEquals(201, sign(ccbmx, draft[0], draft[1], null).status());
    assertEquals(409, analyst.postJson("charter/versions", "").status(), "blocked while one is being agreed");

    String path = "charter/versions/" + draft[0] + "/abandonment";
    assertEquals(403, executive.postJson(path, "{\"reason\":\"no\"}").status(), "executives read the charter");
    Api.Response noReason = ccsx.postJson(path, "{\"reason\":\" \"}");
    assertEquals(422, noReason.status(), noReason.toString());
    assertTrue(noReason.body().contains("reason is required"), noReason.body());

    Api.Response abandoned = ccsx.postJson(path, "{\"reason\":\"İade hedefi gerçekçi değil\"}");
    assertEquals(200, abandoned.status(), abandoned.toString());
    assertEquals("ABANDONED", abandoned.json().getString("status"));
    JsonObject why = abandoned.json().getJsonObject("abandoned");
    assertEquals("sami.ccsx", why.getString("by"));
    assertEquals("İade hedefi gerçekçi değil", why.getString("reason"));
    assertEquals(0, abandoned.json().getJsonArray("awaiting").size(), "nobody signs it any more");
    assertEquals(409, sign(ccsx, draft[0], draft[1], null).status(), "an abandoned version cannot be signed");
    assertEquals(409, ccsx.postJson(path, "{\"reason\":\"again\"}").status(), "abandoned once");

    Api.Response next = analyst.postJson("charter/versions", "");
    assertEquals(201, next.status(), "a new draft can start: " + next);
    assertEquals(draft[0] + 1, next.json().getInt("number"));
    assertEquals("ABANDONED", executive.get("charter/versions/" + draft[0]).json().getString("status"), "kept in the history");
  }

  @Test
  void concurrentSignaturesForTheSameRoleLetOneWin() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 3; round++) {
        int[] draft = draftWith(CELLS.replace("\"target\":40", "\"target\":" + (40 + round)));
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (Api signer : List.of(ccbmx, ccbmx2)) {
          Callable<Integer> signing = () -> {
            start.await();
            return sign(signer, draft[0], draft[1], null).status();
          };
          results.add(pool.submit(signing));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> result : results) {
          statuses.add(result.get());
        }
        statuses.sort(null);
        assertEquals(List.of(201, 409), statuses, "round " + round);
        assertEquals(1, TestDatabase.count(
            "SELECT COUNT(*) FROM charter_signature s JOIN charter_version v ON v.id = s.version_id WHERE v.version_number = "
                + draft[0]));
        assertEquals(201, sign(ccsx, draft[0], draft[1], null).status());
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(3, executive.get("charter").json().getInt("number"));
  }

  @Test
  void feedbackIsAttributedByStageFromResponsesAndCompletedFollowUps() {
    // T-20, T-21 tier A; T-11..T-19 B; T-1..T-10 C; T-5 a high-impact customer.
    StringBuilder csv = new StringBuilder("external_id,name,business_value,cx_score,owner\n");
    for (int i = 1; i <= 21; i++) {
      csv.append("T-").append(i).append(",C").append(i).append(',').append(i).append(',').append(i).append(",ayse\n");
    }
    assertEquals(200, analyst.post("customers/import", "text/csv", csv.toString()).status());
    assertEquals(201, analyst.postJson("tiering/runs", "").status());
    TestDatabase.execute("UPDATE customer SET hic = TRUE WHERE external_id = 'T-5'");
    // The effective charter: returns of HICs at most 20% detractors; interest of tier A NPS at least 40.
    int[] draft = draftWith(CELLS);
    assertEquals(201, sign(ccbmx, draft[0], draft[1], null).status());
    assertEquals(201, sign(ccsx, draft[0], draft[1], null).status());

    String at = Instant.now().minus(Duration.ofDays(3)).toString();
    String body =
        "[{\"externalId\":\"T-20\",\"touchpoint\":\"WEBSITE_VISIT\",\"score\":2,\"respondedAt\":\"" + at + "\"},"
            + "{\"externalId\":\"T-21\",\"touchpoint\":\"WEBSITE_VISIT\",\"score\":10,\"respondedAt\":\"" + at + "\"},"
            + "{\"externalId\":\"T-12\",\"touchpoint\":\"SALES_CALL\",\"score\":4,\"attribution\":\"service\",\"respondedAt\":\"" + at + "\"},"
            + "{\"externalId\":\"T-13\",\"touchpoint\":\"SALES_CALL\",\"score\":5,\"attribution\":\"MARKETING\",\"respondedAt\":\"" + at + "\"},"
            + "{\"externalId\":\"T-5\",\"touchpoint\":\"AFTER_PURCHASE\",\"score\":1,\"stage\":\"RETURNS\",\"respondedAt\":\"" + at + "\"},"
            + "{\"externalId\":\"T-5\",\"touchpoint\":\"AFTER_PURCHASE\",\"score\":9,\"stage\":\"returns\",\"respondedAt\":\"" + at + "\"}]";
    Api.Response posted = analyst.postJson("surveys/responses", body);
    assertEquals(201, posted.status(), posted.toString());
    Api.Response badStage =
        analyst.postJson("surveys/responses",
            "[{\"externalId\":\"T-1\",\"touchpoint\":\"SALES_CALL\",\"score\":4,\"stage\":\"BROWSING\",\"respondedAt\":\"" + at + "\"}]");
    assertEquals(422, badStage.status());
    assertTrue(badStage.body().contains("stage must be"), badStage.body());
    // The CSV upload takes a stage column too: a second HIC return.
    Api.Response uploaded =
        analyst.post("surveys/responses", "text/csv",
            "external_id,touchpoint,score,responded_at,stage\nT-5,AFTER_PURCHASE,3," + at + ",RETURNS\n");
    assertEquals(201, uploaded.status(), uploaded.toString());

    // The follow-up calls find the causes: T-20's browsing was marketing's, the HIC returns a fulfilment failure.
    JsonArray calls = analyst.get("tasks?type=FOLLOW_UP_CALL&limit=100").array();
    assertEquals(5, calls.size(), calls.toString());
    int completed = 0;
    for (JsonObject task : calls.getValuesAs(JsonObject.class)) {
      String outcome =
          switch (task.getString("externalId")) {
            case "T-20" -> "{\"outcome\":\"Expected the advertised price\",\"attribution\":\"MARKETING\"}";
            case "T-5" -> "{\"outcome\":\"Delivered late and damaged\",\"stage\":\"RETURNS\",\"attribution\":\"SERVICE\"}";
            default -> null;
          };
      if (outcome != null) {
        Api.Response done = analyst.postJson("tasks/" + task.getJsonNumber("id").longValue() + "/complete", outcome);
        assertEquals(200, done.status(), done.toString());
        assertEquals("DONE", done.json().getString("status"));
        assertEquals(task.getString("externalId").equals("T-5") ? "SERVICE" : "MARKETING", done.json().getString("attribution"));
        completed++;
      }
    }
    assertEquals(3, completed);
    Api.Response badAttribution =
        analyst.postJson("tasks/" + calls.getJsonObject(0).getJsonNumber("id").longValue() + "/complete",
            "{\"outcome\":\"x\",\"attribution\":\"SALES\"}");
    assertEquals(400, badAttribution.status(), badAttribution.toString());

    JsonObject report = executive.get("charter/attribution?from=" + Instant.now().minus(Duration.ofDays(7)).toString().substring(0, 10)).json();
    assertEquals(draft[0], report.getInt("charterVersion"));
    JsonObject browse = report.getJsonObject("browseNoPurchase");
    assertEquals("MOSTLY_MARKETING", browse.getString("verdict"), browse.toString());
    assertEquals(2, browse.getJsonObject("detractors").getInt("marketing"));
    assertEquals(1, browse.getJsonObject("detractors").getInt("service"));
    assertEquals(0, browse.getJsonObject("detractors").getInt("unattributed"));
    JsonObject returns = report.getJsonObject("returns");
    assertEquals("MOSTLY_SERVICE", returns.getString("verdict"), returns.toString());
    assertEquals(2, returns.getJsonObject("detractors").getInt("service"));

    JsonObject hicReturns = cell(report, "RETURNS", "HIC");
    assertEquals(3, hicReturns.getJsonObject("nps").getInt("responses"));
    assertEquals(2, hicReturns.getJsonObject("nps").getInt("detractors"));
    assertEquals(false, hicReturns.getBoolean("met"), "2 detractors in 3 is over the 20% target");
    JsonObject interestA = cell(report, "INTEREST", "A");
    assertEquals(0, interestA.getJsonNumber("measured").intValue(), "one promoter, one detractor");
    assertEquals(false, interestA.getBoolean("met"), "NPS 0 is below 40");
    assertTrue(cell(report, "SUPPORT", "C").isNull("met"), "a target without responses is neither met nor missed");
    assertEquals(403, manager.get("charter/attribution").status());
  }

  private static JsonObject cell(JsonObject report, String stage, String segment) {
    return report.getJsonArray("cells").getValuesAs(JsonObject.class).stream()
        .filter(c -> c.getString("stage").equals(stage) && c.getString("segment").equals(segment))
        .findFirst()
        .orElseThrow();
  }
}
