package com.tierwise.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tierwise.it.support.Api;
import com.tierwise.it.support.Deployments;
import com.tierwise.it.support.TestDatabase;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Tiering runs, policy and assignments over HTTP, with figures worked out by hand. */
@ExtendWith(ArquillianExtension.class)
class TieringIT {

  private static final String DEFAULT_POLICY =
      "{\"businessCuts\":[50,95],\"cxCuts\":[50,95],\"grid\":{"
          + "\"HIGH\":{\"LOW\":\"B\",\"MID\":\"A\",\"HIGH\":\"A\"},"
          + "\"MID\":{\"LOW\":\"B\",\"MID\":\"B\",\"HIGH\":\"A\"},"
          + "\"LOW\":{\"LOW\":\"C\",\"MID\":\"C\",\"HIGH\":\"B\"}},\"minCoverage\":0.8}";

  private final Api analyst = Api.newUser("analyst.tiering", "CX_ANALYST");

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  @BeforeEach
  void emptyDatabase() {
    TestDatabase.resetCustomers();
  }

  /**
   * T-1..T-21 have business value and CX score i; U-1 has business value 1000 and no CX score.
   * Business (22 known): percentile 100(i-1)/21, so LOW i<=11, MID 12..20, HIGH 21 (95.24).
   * CX (21 known): percentile 5(i-1), so LOW i<=10, MID 11..19, HIGH 20 (exactly 95) and 21.
   * Default grid: C for 1..11, B for 12..19, A for 20 (MID x HIGH) and 21; U-1 untiered.
   */
  private void importWorkedExample() {
    StringBuilder csv = new StringBuilder("external_id,name,business_value,cx_score\n");
    for (int i = 1; i <= 21; i++) {
      csv.append("T-").append(i).append(",Customer ").append(i).append(',').append(i).append(',').append(i).append('\n');
    }
    csv.append("U-1,No CX yet,1000,\n");
    Api.Response imported = analyst.post("customers/import", "text/csv", csv.toString());
    assertEquals(200, imported.status(), imported.toString());
  }

  @Test
  void aRunTiersByPercentileBandsAndTheGrid() {
    importWorkedExample();
    Api.Response run = analyst.postJson("tiering/runs", "");
    assertEquals(201, run.status(), run.toString());
    JsonObject counts = run.json().getJsonObject("counts");
    assertEquals(2, counts.getInt("A"), run.toString());
    assertEquals(8, counts.getInt("B"), run.toString());
    assertEquals(11, counts.getInt("C"), run.toString());
    assertEquals(1, counts.getInt("UNTIERED"), run.toString());

    JsonObject twenty = analyst.get("customers/T-20").json();
    assertEquals("A", twenty.getString("tier"));
    assertEquals(95.0, twenty.getJsonNumber("cxPercentile").doubleValue(), 1e-9, "exactly on the cut is HIGH");
    assertEquals(100.0 * 19 / 21, twenty.getJsonNumber("businessPercentile").doubleValue(), 1e-9);
    assertEquals("MID", twenty.getString("businessBand"));
    assertEquals("HIGH", twenty.getString("cxBand"));
    String why = twenty.getJsonObject("explanation").getString("text");
    assertTrue(why.contains("business MID x CX HIGH gives tier A"), why);

    assertEquals("C", analyst.get("customers/T-11").json().getString("tier"));
    assertEquals("B", analyst.get("customers/T-12").json().getString("tier"));
    JsonObject untiered = analyst.get("customers/U-1").json();
    assertEquals(JsonValue.NULL, untiered.get("tier"));
    assertEquals(JsonValue.NULL, untiered.get("cxPercentile"));
    assertEquals(100.0, untiered.getJsonNumber("businessPercentile").doubleValue(), 1e-9);
    assertEquals("MISSING_METRIC", untiered.getJsonObject("explanation").getString("source"));
  }

  @Test
  void assignmentsComeAsCsv() {
    importWorkedExample();
    long runId = analyst.postJson("tiering/runs", "").json().getJsonNumber("id").longValue();
    Api.Response csv = analyst.get("tiering/runs/" + runId + "/assignments", "text/csv");
    assertEquals(200, csv.status(), csv.toString());
    assertTrue(csv.header("Content-Type").startsWith("text/csv"), csv.header("Content-Type"));
    List<String> lines = csv.body().lines().toList();
    assertEquals("external_id,tier,business_percentile,cx_percentile", lines.get(0));
    assertEquals(23, lines.size());
    assertTrue(lines.contains("U-1,,100.0,"), "empty cells for null: " + lines);
    assertTrue(lines.contains("T-1,C,0.0,0.0"), lines.toString());
    assertTrue(lines.contains("T-21,A,95.23809523809524,100.0"), lines.toString());
    assertEquals(404, analyst.get("tiering/runs/999999/assignments", "text/csv").status());
  }

  @Test
  void lowCoverageRefusesTheRunAndNamesTheMetric() {
    StringBuilder csv = new StringBuilder("external_id,name,business_value,cx_score\n");
    for (int i = 1; i <= 10; i++) {
      csv.append("G-").append(i).append(",Gap ").append(i).append(',').append(i).append(',').append(i <= 7 ? "" : "8").append('\n');
    }
    assertEquals(200, analyst.post("customers/import", "text/csv", csv.toString()).status());
    Api.Response refused = analyst.postJson("tiering/runs", "");
    assertEquals(409, refused.status(), refused.toString());
    assertTrue(refused.json().getString("message").contains("cx_score"), refused.toString());
    assertTrue(!refused.json().getString("message").contains("business_value"), refused.toString());
    assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM tiering_run"), "nothing changed");
    assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM tier_assignment"));
  }

  @Test
  void policiesAreValidatedVersionedAndUsedByLaterRuns() {
    Api.Response backwards = analyst.putJson("tiering/policy", DEFAULT_POLICY.replace("[50,95],\"cxCuts\"", "[95,50],\"cxCuts\""));
    assertEquals(422, backwards.status(), backwards.toString());
    assertTrue(backwards.body().contains("businessCuts"), backwards.toString());

    Api.Response badGrid = analyst.putJson("tiering/policy", DEFAULT_POLICY.replace("\"LOW\":\"C\",\"MID\":\"C\"", "\"LOW\":\"D\",\"MID\":\"C\""));
    assertEquals(422, badGrid.status(), badGrid.toString());
    assertTrue(badGrid.body().contains("grid.LOW.LOW"), badGrid.toString());

    Api.Response badCoverage = analyst.putJson("tiering/policy", DEFAULT_POLICY.replace("0.8}", "1.5}"));
    assertEquals(422, badCoverage.status(), badCoverage.toString());

    int before = analyst.get("tiering/policy").json().getInt("version");
    Api.Response saved = analyst.putJson("tiering/policy", DEFAULT_POLICY.replace("\"cxCuts\":[50,95]", "\"cxCuts\":[50,90]"));
    assertEquals(200, saved.status(), saved.toString());
    assertEquals(before + 1, saved.json().getInt("version"));
    assertEquals(90, analyst.get("tiering/policy").json().getJsonArray("cxCuts").getJsonNumber(1).intValue());

    importWorkedExample();
    JsonObject run = analyst.postJson("tiering/runs", "").json();
    assertEquals(before + 1, run.getInt("policyVersion"));
    // CX HIGH now starts at 90: T-19 (percentile 90) joins T-20 and T-21; T-19 is MID x HIGH = A.
    assertEquals(3, run.getJsonObject("counts").getInt("A"), run.toString());
  }

  @Test
  void aSecondRunReportsTierMovements() {
    importWorkedExample();
    analyst.postJson("tiering/runs", "");
    assertEquals(
        200,
        analyst.post("customers/import", "text/csv", "external_id,name,business_value\nT-1,Customer 1,50000\n").status());
    JsonObject second = analyst.postJson("tiering/runs", "").json();
    assertTrue(
        second.getJsonArray("movements").stream()
            .map(JsonValue::asJsonObject)
            .anyMatch(m -> m.getString("from").equals("C") && m.getString("to").equals("B") && m.getInt("customers") >= 1),
        "T-1 (now the top business value, CX LOW) moves from C to B: " + second);
    assertTrue(second.getJsonNumber("previousRunId") != null, second.toString());

    long runId = second.getJsonNumber("id").longValue();
    Api.Response movers = analyst.get("tiering/runs/" + runId + "/movers?from=C&to=B");
    assertEquals(200, movers.status(), movers.toString());
    assertEquals("1", movers.header("X-Total-Count"), movers.toString());
    JsonObject mover = movers.array().getJsonObject(0);
    assertEquals("T-1", mover.getString("externalId"));
    assertEquals("C", mover.getString("from"));
    assertEquals("B", mover.getString("to"));
    assertEquals(400, analyst.get("tiering/runs/" + runId + "/movers?from=Z").status());
  }

  @Test
  void tiesThatEmptyABandAreReported() {
    StringBuilder csv = new StringBuilder("external_id,name,business_value,cx_score\n");
    for (int i = 1; i <= 120; i++) {
      int satisfaction = i <= 20 ? 5 : 1 + i % 4; // a sixth share the top score of a 1-5 scale
      csv.append("S-").append(i).append(",Tie ").append(i).append(',').append(i * 10).append(',').append(satisfaction).append('\n');
    }
    assertEquals(200, analyst.post("customers/import", "text/csv", csv.toString()).status());
    JsonObject run = analyst.postJson("tiering/runs", "").json();
    JsonObject warning =
        run.getJsonArray("warnings").stream()
            .map(JsonValue::asJsonObject)
            .filter(w -> w.getString("axis").equals("CX") && w.getString("band").equals("HIGH"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no CX HIGH warning in " + run));
    assertEquals("EMPTY_BAND", warning.getString("code"));
    assertEquals(20, warning.getInt("tieCount"));
    assertEquals(5, warning.getJsonNumber("tieValue").intValue());
    assertTrue(warning.getString("message").contains("20 customers share the value 5"), warning.toString());
  }

  @Test
  void aWhatIfRunShowsWhoWouldMoveAndKeepsNothing() {
    importWorkedExample();
    analyst.postJson("tiering/runs", "");
    int policyVersion = analyst.get("tiering/policy").json().getInt("version");
    long runs = TestDatabase.count("SELECT COUNT(*) FROM tiering_run");

    Api.Response whatIf =
        analyst.postJson("tiering/simulations", DEFAULT_POLICY.replace("\"cxCuts\":[50,95]", "\"cxCuts\":[50,90]"));
    assertEquals(200, whatIf.status(), whatIf.toString());
    JsonObject simulated = whatIf.json();
    assertEquals(3, simulated.getJsonObject("run").getJsonObject("counts").getInt("A"));
    assertEquals(1, simulated.getInt("moverCount"), "only T-19 moves, from B to A: " + simulated);
    JsonObject mover = simulated.getJsonArray("movers").getJsonObject(0);
    assertEquals("T-19", mover.getString("externalId"));
    assertEquals("B", mover.getString("from"));
    assertEquals("A", mover.getString("to"));

    assertEquals(policyVersion, analyst.get("tiering/policy").json().getInt("version"), "no policy saved");
    assertEquals(runs, TestDatabase.count("SELECT COUNT(*) FROM tiering_run"), "no run kept");
    assertEquals("B", analyst.get("customers/T-19").json().getString("tier"));
    assertEquals(422, analyst.postJson("tiering/simulations", DEFAULT_POLICY.replace("[50,95],\"cxCuts\"", "[95,50],\"cxCuts\"")).status());
    assertEquals(403, Api.newUser("exec.whatif", "EXECUTIVE").postJson("tiering/simulations", DEFAULT_POLICY).status());
  }

  @Test
  void aSingleCustomerIsAtPercentileZero() {
    assertEquals(200, analyst.post("customers/import", "text/csv", "external_id,name,business_value,cx_score\nONE,Only,-5,3\n").status());
    JsonObject run = analyst.postJson("tiering/runs", "").json();
    assertEquals(1, run.getJsonObject("counts").getInt("C"));
    JsonObject only = analyst.get("customers/ONE").json();
    assertEquals(0.0, only.getJsonNumber("businessPercentile").doubleValue());
    assertEquals("C", only.getString("tier"));
  }
}
