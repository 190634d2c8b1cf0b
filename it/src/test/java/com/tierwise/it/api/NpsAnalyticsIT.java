package com.tierwise.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tierwise.it.support.Api;
import com.tierwise.it.support.Deployments;
import com.tierwise.it.support.TestDatabase;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Responses by CSV upload, and NPS by dimension, over time and for re-surveyed customers, on PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
class NpsAnalyticsIT {

  private final Api analyst = Api.newUser("analyst.analytics", "CX_ANALYST");
  private final Api executive = Api.newUser("exec.analytics", "EXECUTIVE");

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  /** T-1..T-11 tier C, T-12..T-19 B, T-20 and T-21 A; even ones owned by ayse in segment Retail; T-20 a HIC. */
  @BeforeEach
  void customers() {
    TestDatabase.resetCustomers();
    StringBuilder csv = new StringBuilder("external_id,name,business_value,cx_score,owner,segment\n");
    for (int i = 1; i <= 21; i++) {
      csv.append("T-").append(i).append(",C").append(i).append(',').append(i).append(',').append(i)
          .append(',').append(i % 2 == 0 ? "ayse,Retail" : ",").append('\n');
    }
    assertEquals(200, analyst.post("customers/import", "text/csv", csv.toString()).status());
    assertEquals(201, analyst.postJson("tiering/runs", "").status());
    TestDatabase.execute("UPDATE customer SET hic = TRUE WHERE external_id = 'T-20'");
  }

  @AfterEach
  void clean() {
    TestDatabase.resetCustomers();
  }

  private static final String UPLOAD =
      "\uFEFFexternal_id,touchpoint,score,comment,responded_at\n"
          + "T-20,SERVICE_CALL,2,\"Çok yavaş, İstanbul şubesi\",2026-01-31T23:30:00Z\n"
          + "T-20,SERVICE_CALL,9,,2026-04-01T10:00:00Z\n"
          + "T-21,AFTER_PURCHASE,10,عالی بود,2026-02-01T00:30:00+00:00\n"
          + "T-12,SALES_CALL,8,,2026-02-15T10:00:00Z\n"
          + "T-12,SALES_CALL,5,,2026-05-15T10:00:00Z\n"
          + "T-1,WEBSITE_VISIT,7,,2026-03-04T10:00:00Z\n"
          + "T-1,WEBSITE_VISIT,7,,2026-06-04T10:00:00Z\n"
          + "T-1,WEBSITE_VISIT,9,خیلی خوب,2026-07-04T10:00:00Z\n";

  @Test
  void aCsvUploadIsStoredWholeAndOpensTasks() {
    Api.Response uploaded = analyst.post("surveys/responses", "text/csv", UPLOAD);
    assertEquals(201, uploaded.status(), uploaded.toString());
    assertEquals(8, uploaded.json().getInt("accepted"));
    assertEquals(8, TestDatabase.count("SELECT COUNT(*) FROM survey_response"));
    assertEquals(2, TestDatabase.count("SELECT COUNT(*) FROM cx_task WHERE type = 'FOLLOW_UP_CALL'"));
    assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM survey_response WHERE comment = 'Çok yavaş, İstanbul şubesi'"));
  }

  @Test
  void aBadCsvNamesEveryLineAndColumnAndStoresNothing() {
    String bad =
        "external_id,touchpoint,score,responded_at\n"
            + "T-1,SALES_CALL,11,2026-01-01T00:00:00Z\n"
            + "NOPE,LUNCH,5,yesterday\n"
            + "T-2,SALES_CALL,7\n"
            + "T-3,SALES_CALL,7,2026-01-01T00:00:00Z\n";
    Api.Response refused = analyst.post("surveys/responses", "text/csv", bad);
    assertEquals(422, refused.status(), refused.toString());
    JsonArray errors = refused.json().getJsonArray("errors");
    assertEquals(1, errors.size(), "the wrong field count stops the file before the rows are checked: " + errors);
    assertEquals(4, errors.getJsonObject(0).getInt("line"));

    Api.Response rows = analyst.post("surveys/responses", "text/csv", bad.replace("T-2,SALES_CALL,7\n", ""));
    assertEquals(422, rows.status(), rows.toString());
    Map<String, Integer> columns =
        rows.json().getJsonArray("errors").stream().map(JsonObject.class::cast)
            .collect(Collectors.toMap(e -> e.getString("column"), e -> e.getInt("line"), (a, b) -> a));
    assertEquals(Map.of("score", 2, "external_id", 3, "touchpoint", 3, "responded_at", 3), columns);
    assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM survey_response"));

    Api.Response windows = analyst.postBytes("surveys/responses", "text/csv",
        "external_id,touchpoint,score,comment,responded_at\nT-1,SALES_CALL,9,şahane,2026-01-01T00:00:00Z\n"
            .getBytes(java.nio.charset.Charset.forName("windows-1254")));
    assertEquals(422, windows.status());
    assertTrue(windows.body().contains("not valid UTF-8"), windows.body());
    assertEquals(403, executive.post("surveys/responses", "text/csv", UPLOAD).status());
  }

  private Map<String, JsonObject> groups(String query) {
    Api.Response answer = executive.get(query);
    assertEquals(200, answer.status(), answer.toString());
    return answer.array().stream().map(JsonObject.class::cast)
        .collect(Collectors.toMap(g -> g.isNull("key") ? "null" : g.getString("key"), g -> g));
  }

  @Test
  void npsByDimensionTrendAndResurvey() {
    assertEquals(201, analyst.post("surveys/responses", "text/csv", UPLOAD).status());

    Map<String, JsonObject> tiers = groups("nps/breakdown?by=TIER");
    assertEquals(3, tiers.get("A").getInt("responses"));
    assertEquals(100.0 / 3, tiers.get("A").getJsonNumber("nps").doubleValue(), 1e-9);
    assertEquals(2, groups("nps/breakdown?by=hic").get("HIC").getInt("responses"));
    assertEquals(4, groups("nps/breakdown?by=SEGMENT").get("Retail").getInt("responses"));
    assertEquals(4, groups("nps/breakdown?by=OWNER").get("null").getInt("responses"));
    assertEquals(2, groups("nps/breakdown?by=TOUCHPOINT&tier=A").size());

    Map<String, JsonObject> months = groups("nps/trend?period=MONTH&from=2026-01-01&to=2026-12-31");
    assertEquals(7, months.size(), months.keySet().toString());
    assertEquals(2, months.get("2026-02").getInt("responses"), "UTC months whatever the database's time zone");
    Map<String, JsonObject> quarters = groups("nps/trend?period=QUARTER&to=2026-06-30");
    assertEquals(4, quarters.get("2026-Q1").getInt("responses"));
    assertEquals(3, quarters.get("2026-Q2").getInt("responses"));

    JsonObject resurvey = executive.get("nps/resurvey").json();
    assertEquals(3, resurvey.getInt("customers"), resurvey.toString());
    assertEquals(2, resurvey.getInt("improved"));
    assertEquals(1, resurvey.getInt("declined"));
    assertEquals(2.0 / 3, resurvey.getJsonNumber("improvedShare").doubleValue(), 1e-9);
    assertEquals(-100.0 / 3, resurvey.getJsonNumber("firstNps").doubleValue(), 1e-9);
    assertEquals(100.0 / 3, resurvey.getJsonNumber("latestNps").doubleValue(), 1e-9);

    assertEquals(400, executive.get("nps/breakdown?by=COLOUR").status());
    assertEquals(400, executive.get("nps/trend?period=WEEK").status());
    assertEquals(401, Api.anonymous().get("nps/resurvey").status());
  }
}
