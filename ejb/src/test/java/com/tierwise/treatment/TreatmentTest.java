package com.tierwise.treatment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.junit.jupiter.api.Test;

/** The treatment policy's rules, and the per-customer look-up on H2. */
class TreatmentTest {

  private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

  private static TreatmentRule rule(String segment, String route, boolean automation) {
    return new TreatmentRule(segment, route, 60, automation, 2, 30, false, null, null);
  }

  private static List<TreatmentRule> valid() {
    return new ArrayList<>(
        List.of(
            rule("HIC", "DEDICATED_TEAM", false),
            rule("A", "PRIORITY_QUEUE", false),
            rule("B", "STANDARD_QUEUE", true),
            rule("C", "STANDARD_QUEUE", true),
            rule("UNTIERED", "STANDARD_QUEUE", true)));
  }

  @Test
  void aCompletePolicyIsValid() {
    assertEquals(List.of(), TreatmentPolicy.problems(valid()));
  }

  @Test
  void highImpactCustomersNeverGetAutomationNorAQueue() {
    List<TreatmentRule> rules = valid();
    rules.set(0, rule("HIC", "STANDARD_QUEUE", true));
    List<String> problems = TreatmentPolicy.problems(rules);
    assertTrue(problems.contains("HIC: automation may never be allowed for high-impact customers"), problems.toString());
    assertTrue(problems.contains("HIC: high-impact customers are always routed to DEDICATED_TEAM"), problems.toString());
  }

  @Test
  void everySegmentOnceWithValuesInRange() {
    List<TreatmentRule> rules = valid();
    rules.remove(4);
    rules.add(new TreatmentRule("A", "FAST_LANE", 0, null, 2, -1, true, null, null));
    List<String> problems = TreatmentPolicy.problems(rules);
    assertTrue(problems.contains("A: the segment appears more than once"), problems.toString());
    assertTrue(problems.contains("UNTIERED: a rule for this segment is required"), problems.toString());
    assertTrue(problems.stream().anyMatch(p -> p.startsWith("A: route must be one of")), problems.toString());
    assertTrue(problems.contains("A: firstResponseMinutes must be between 1 and 525600"), problems.toString());
    assertTrue(problems.contains("A: paymentTermsDays must be between 0 and 365"), problems.toString());
    assertTrue(problems.contains("A: automationAllowed (true or false) is required"), problems.toString());
  }

  @Test
  void theLookUpUsesTheLatestTierAndTheHicFlag() throws Exception {
    try (Connection connection = H2Database.migrated()) {
      StringBuilder csv = new StringBuilder("external_id,name,business_value,cx_score\n");
      for (int i = 1; i <= 21; i++) {
        csv.append("T-").append(i).append(",C").append(i).append(',').append(i).append(',').append(i).append('\n');
      }
      csv.append("U-1,No CX,1000,\n");
      new CustomerImporter(connection, new CustomerCsvReader())
          .importCsv(new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), clock.instant());
      new TieringEngine(connection, clock).run("tester");
      try (var update = connection.prepareStatement("UPDATE customer SET hic = TRUE WHERE external_id = 'T-3'")) {
        update.executeUpdate();
      }
      TreatmentRepository repository = new TreatmentRepository(connection);

      Treatment a = repository.forCustomer("T-21").orElseThrow();
      assertEquals("A", a.tier());
      assertEquals("A", a.segment());
      assertEquals("PRIORITY_QUEUE", a.route());
      assertFalse(a.hic());

      Treatment hic = repository.forCustomer("T-3").orElseThrow();
      assertEquals("C", hic.tier());
      assertTrue(hic.hic());
      assertEquals("HIC", hic.segment());
      assertEquals("DEDICATED_TEAM", hic.route());
      assertFalse(hic.automationAllowed());

      Treatment untiered = repository.forCustomer("U-1").orElseThrow();
      assertEquals(null, untiered.tier());
      assertEquals("UNTIERED", untiered.segment());
      assertTrue(untiered.automationAllowed());

      assertTrue(repository.forCustomer("NOPE").isEmpty());
      assertEquals(5, repository.rules().size());
    }
  }
}
