package com.tierwise.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tierwise.it.support.Api;
import com.tierwise.it.support.Deployments;
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

/**
 * Constrained allocation and silo consistency over HTTP, on the worked example (T-20, T-21 tier
 * A; T-12..T-19 B; T-1..T-11 C; U-1 untiered) with T-2 made an HIC.
 */
@ExtendWith(ArquillianExtension.class)
class AllocationIT {

  private final Api analyst = Api.newUser("analyst.allocation", "CX_ANALYST");

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
    TestDatabase.execute("UPDATE customer SET hic = TRUE WHERE external_id = 'T-2'");
  }

  @Test
  void hicFirstThenTiersTiesByBusinessPercentileAndAPartialFill() {
    Api.Response answer =
        analyst.postJson(
            "allocations",
            "{\"available\":100,\"requests\":[{\"externalId\":\"U-1\",\"quantity\":10},"
                + "{\"externalId\":\"T-15\",\"quantity\":30},{\"externalId\":\"T-20\",\"quantity\":40},"
                + "{\"externalId\":\"T-18\",\"quantity\":30},{\"externalId\":\"T-2\",\"quantity\":20}]}");
    assertEquals(200, answer.status(), answer.toString());
    JsonArray lines = answer.json().getJsonArray("lines");
    assertEquals(List.of("U-1", "T-15", "T-20", "T-18", "T-2"),
        lines.stream().map(l -> l.asJsonObject().getString("externalId")).toList());
    assertEquals(List.of(0, 10, 40, 30, 20),
        lines.stream().map(l -> l.asJsonObject().getInt("allocated")).toList());
    assertEquals(List.of(5, 4, 2, 3, 1), lines.stream().map(l -> l.asJsonObject().getInt("rank")).toList());
    JsonObject partial = lines.getJsonObject(1);
    assertTrue(partial.getString("reason").contains("partly allocated, 10 of 30"), partial.toString());
    assertEquals("HIC", lines.getJsonObject(4).getString("segment"));
    assertEquals(0, answer.json().getInt("remaining"));
  }

  @Test
  void badRequestsNameTheField() {
    Api.Response refused =
        analyst.postJson("allocations", "{\"available\":-5,\"requests\":[{\"externalId\":\"NOPE\",\"quantity\":0}]}");
    assertEquals(422, refused.status(), refused.toString());
    assertTrue(refused.body().contains("available must not be negative"), refused.toString());
    assertTrue(refused.body().contains("requests[0].quantity must be positive"), refused.toString());
    Api.Response unknown =
        analyst.postJson("allocations", "{\"available\":5,\"requests\":[{\"externalId\":\"NOPE\",\"quantity\":1}]}");
    assertEquals(422, unknown.status());
    assertTrue(unknown.body().contains("requests[0].externalId: unknown customer NOPE"), unknown.toString());
  }

  @Test
  void silosAreComparedWithEachOtherAndWithTheComputedTier() {
    Api.Response bad =
        analyst.post("silos/segmentations", "text/csv",
            "department,external_id,label\nSALES,T-21,A\nSALES,T-21,B\n,T-20,A\nSERVICE,NOPE,\n");
    assertEquals(422, bad.status(), bad.toString());
    String errors = bad.body();
    assertTrue(errors.contains("\"line\":3") && errors.contains("more than once"), errors);
    assertTrue(errors.contains("\"line\":4") && errors.contains("department is required"), errors);
    assertTrue(errors.contains("\"line\":5") && errors.contains("label is required"), errors);
    Api.Response unknown = analyst.post("silos/segmentations", "text/csv", "department,external_id,label\nSALES,NOPE,A\n");
    assertEquals(422, unknown.status());
    assertTrue(unknown.body().contains("unknown customer NOPE"), unknown.toString());

    // Sales agrees with the computed tiers; service calls T-19 and T-21 the other way round.
    String csv = "label,department,external_id\n"
        + "A,sales,T-21\nA,sales,T-20\nB,sales,T-19\nC,sales,T-1\n"
        + "B,service,T-21\nA,service,T-20\nA,service,T-19\nC,service,T-1\n";
    Api.Response imported = analyst.post("silos/segmentations", "text/csv", csv);
    assertEquals(200, imported.status(), imported.toString());
    assertEquals(4, imported.json().getInt("SALES"));

    JsonObject report = analyst.get("silos/consistency").json();
    JsonArray agreements = report.getJsonArray("agreements");
    JsonObject salesService = agreements.getJsonObject(0);
    assertEquals("SALES", salesService.getString("raterA"));
    assertEquals("SERVICE", salesService.getString("raterB"));
    assertEquals(0.5, salesService.getJsonNumber("observed").doubleValue(), 1e-9);
    JsonObject salesTier = agreements.getJsonObject(1);
    assertEquals("COMPUTED_TIER", salesTier.getString("raterB"));
    assertEquals(1.0, salesTier.getJsonNumber("kappa").doubleValue(), 1e-9);
    List<String> disputed = report.getJsonArray("disagreements").stream()
        .map(d -> d.asJsonObject().getString("externalId")).toList();
    assertEquals(List.of("T-19", "T-21"), disputed);
  }
}
