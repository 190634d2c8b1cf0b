package com.tierwise.closedloop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tierwise.customer.csv.CustomerCsvReader;
import com.tierwise.customer.imports.CustomerImporter;
import com.tierwise.platform.H2Database;
import com.tierwise.tiering.TieringEngine;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** NPS breakdowns, trends and re-survey tracking on H2 (the it module runs PostgreSQL). */
class NpsAnalyticsH2Test {

  private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
  private static final NpsFilter ALL = new NpsFilter(null, null, null, null);

  private Connection connection;
  private NpsAnalytics analytics;

  @BeforeEach
  void database() throws Exception {
    connection = H2Database.migrated();
    // T-1..T-11 tier C, T-12..T-19 B, T-20, T-21 A; even ones owned by ayse and in segment Retail.
    StringBuilder csv = new StringBuilder("external_id,name,business_value,cx_score,owner,segment\n");
    for (int i = 1; i <= 21; i++) {
      csv.append("T-").append(i).append(",C").append(i).append(',').append(i).append(',').append(i)
          .append(',').append(i % 2 == 0 ? "ayse,Retail" : ",").append('\n');
    }
    new CustomerImporter(connection, new CustomerCsvReader())
        .importCsv(new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), NOW);
    new TieringEngine(connection, Clock.fixed(NOW, ZoneOffset.UTC)).run("tester");
    try (var hic = connection.createStatement()) {
      hic.execute("UPDATE customer SET hic = TRUE WHERE external_id = 'T-20'");
    }
    SurveyRepository surveys = new SurveyRepository(connection);
    List<ResponseInput> inputs = new ArrayList<>();
    Object[] rows = {
      "T-20", "SERVICE_CALL", 2, "2026-01-31T23:30:00Z",
      "T-20", "SERVICE_CALL", 9, "2026-04-01T10:00:00Z",
      "T-21", "AFTER_PURCHASE", 10, "2026-02-01T00:30:00Z",
      "T-12", "SALES_CALL", 8, "2026-02-15T10:00:00Z",
      "T-12", "SALES_CALL", 5, "2026-05-15T10:00:00Z",
      "T-1", "WEBSITE_VISIT", 7, "2026-03-04T10:00:00Z",
      "T-1", "WEBSITE_VISIT", 7, "2026-06-04T10:00:00Z",
      "T-1", "WEBSITE_VISIT", 9, "2026-07-04T10:00:00Z",
    };
    for (int i = 0; i < rows.length; i += 4) {
      inputs.add(new ResponseInput((String) rows[i], (String) rows[i + 1], rows[i + 2], null, (String) rows[i + 3], true));
    }
    var outcome =
        ResponseValidator.validate(inputs, surveys.customers(List.of("T-20", "T-21", "T-12", "T-1")), NOW);
    assertTrue(outcome.valid(), outcome.errors().toString());
    surveys.store(outcome.responses(), NOW);
    connection.commit();
    analytics = new NpsAnalytics(connection);
  }

  @AfterEach
  void close() throws Exception {
    connection.close();
  }

  private Map<String, NpsGroup> byKey(List<NpsGroup> groups) {
    return groups.stream().collect(Collectors.toMap(g -> String.valueOf(g.key()), g -> g));
  }

  @Test
  void byTierHicSegmentOwnerAndTouchpoint() throws Exception {
    Map<String, NpsGroup> tiers = byKey(analytics.breakdown(NpsDimension.TIER, ALL));
    assertEquals(3, tiers.get("A").responses());
    assertEquals(100.0 * (2 - 1) / 3, tiers.get("A").nps(), 1e-9);
    assertEquals(2, tiers.get("B").responses());
    assertEquals(3, tiers.get("C").responses());

    Map<String, NpsGroup> hic = byKey(analytics.breakdown(NpsDimension.HIC, ALL));
    assertEquals(2, hic.get("HIC").responses());
    assertEquals(6, hic.get("NOT_HIC").responses());

    Map<String, NpsGroup> segments = byKey(analytics.breakdown(NpsDimension.SEGMENT, ALL));
    assertEquals(4, segments.get("Retail").responses(), "T-20 and T-12");
    assertEquals(4, segments.get("null").responses(), "no segment is its own group");

    Map<String, NpsGroup> owners = byKey(analytics.breakdown(NpsDimension.OWNER, ALL));
    assertEquals(4, owners.get("ayse").responses());

    List<NpsGroup> touchpoints =
        analytics.breakdown(NpsDimension.TOUCHPOINT, new NpsFilter(null, "A", null, null));
    assertEquals(List.of("SERVICE_CALL", "AFTER_PURCHASE"), touchpoints.stream().map(NpsGroup::key).toList());

    Map<String, NpsGroup> tierAByHic =
        byKey(analytics.breakdown(NpsDimension.HIC, new NpsFilter(Touchpoint.SERVICE_CALL, "A", null, null)));
    assertEquals(Map.of("HIC", 2L), tierAByHic.entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().responses())), "filters inside and outside the per-customer counts");
    assertEquals(
        List.of("A", "C", "B"),
        analytics.breakdown(NpsDimension.TIER, ALL).stream().map(NpsGroup::key).toList(),
        "largest first, ties by key");
  }

  @Test
  void monthlyAndQuarterlyTrendsInUtc() throws Exception {
    List<NpsGroup> months = analytics.trend(TrendPeriod.MONTH, ALL);
    assertEquals(
        List.of("2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06", "2026-07"),
        months.stream().map(NpsGroup::key).toList());
    assertEquals(2, months.get(1).responses(), "00:30 UTC on 1 February is February");

    List<NpsGroup> quarters =
        analytics.trend(TrendPeriod.QUARTER, new NpsFilter(null, null, null, Instant.parse("2026-07-01T00:00:00Z")));
    assertEquals(List.of("2026-Q1", "2026-Q2"), quarters.stream().map(NpsGroup::key).toList());
    assertEquals(4, quarters.get(0).responses());
    assertEquals(3, quarters.get(1).responses());
    assertEquals(100.0 * (1 - 1) / 3, quarters.get(1).nps(), 1e-9);
  }

  @Test
  void resurveyComparesFirstAndLatestScores() throws Exception {
    Resurvey all = analytics.resurvey(ALL);
    // T-20 2 -> 9 improved, T-12 8 -> 5 declined, T-1 7 -> 9 improved; T-21 answered once.
    assertEquals(3, all.customers());
    assertEquals(2, all.improved());
    assertEquals(1, all.declined());
    assertEquals(0, all.unchanged());
    assertEquals(2.0 / 3, all.improvedShare(), 1e-9);
    assertEquals((7 - 3 + 2) / 3.0, all.averageChange(), 1e-9);
    assertEquals(100.0 * (0 - 1) / 3, all.firstNps(), 1e-9);
    assertEquals(100.0 * (2 - 1) / 3, all.latestNps(), 1e-9);

    Resurvey untilJune =
        analytics.resurvey(new NpsFilter(Touchpoint.WEBSITE_VISIT, null, null, Instant.parse("2026-07-01T00:00:00Z")));
    assertEquals(1, untilJune.customers());
    assertEquals(1, untilJune.unchanged(), "T-1: 7 then 7");

    Resurvey none = analytics.resurvey(new NpsFilter(Touchpoint.AFTER_PURCHASE, null, null, null));
    assertEquals(0, none.customers());
    assertNull(none.improvedShare());
  }
}
