package com.tierwise.tiering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tierwise.customer.csv.CustomerCsvReader;
import com.tierwise.customer.imports.CustomerImporter;
import com.tierwise.platform.H2Database;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The tiering SQL on H2, the embedded default database (PostgreSQL is covered in the it module). */
class TieringEngineH2Test {

  private Connection connection;
  private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

  @BeforeEach
  void database() throws Exception {
    connection = H2Database.migrated();
  }

  @AfterEach
  void close() throws Exception {
    connection.close();
  }

  private void importCsv(String csv) throws Exception {
    new CustomerImporter(connection, new CustomerCsvReader())
        .importCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), clock.instant());
    connection.commit();
  }

  /** T-1..T-21 with value i on both axes, U-1 with business 1000 and no CX (see TieringIT). */
  private void workedExample() throws Exception {
    StringBuilder csv = new StringBuilder("external_id,name,business_value,cx_score\n");
    for (int i = 1; i <= 21; i++) {
      csv.append("T-").append(i).append(",C").append(i).append(',').append(i).append(',').append(i).append('\n');
    }
    csv.append("U-1,No CX,1000,\n");
    importCsv(csv.toString());
  }

  @Test
  void countsCellsAndAssignmentsFollowTheDefinition() throws Exception {
    workedExample();
    TieringRunSummary run = new TieringEngine(connection, clock).run("tester");
    connection.commit();
    assertEquals(2, run.counts().get("A"));
    assertEquals(8, run.counts().get("B"));
    assertEquals(11, run.counts().get("C"));
    assertEquals(1, run.counts().get("UNTIERED"));
    assertEquals(22, run.customers());
    GridCell midHigh =
        run.cells().stream().filter(c -> c.business() == Band.MID && c.cx() == Band.HIGH).findFirst().orElseThrow();
    assertEquals(1, midHigh.customers());
    assertEquals(Tier.A, midHigh.tier());
    assertEquals(List.of(new Movement("NONE", "A", 2), new Movement("NONE", "B", 8),
            new Movement("NONE", "C", 11), new Movement("NONE", "UNTIERED", 1)),
        run.movements().stream().sorted(java.util.Comparator.comparing(Movement::to)).toList());

    StringWriter csv = new StringWriter();
    new TieringRunRepository(connection).writeAssignmentsCsv(run.id(), csv);
    List<String> lines = csv.toString().lines().toList();
    assertEquals("external_id,tier,business_percentile,cx_percentile", lines.get(0));
    assertTrue(lines.contains("T-20,A,90.47619047619048,95.0"), lines.toString());
    assertTrue(lines.contains("U-1,,100.0,"), lines.toString());

    TieringRunSummary stored = new TieringRunRepository(connection).find(run.id()).orElseThrow();
    assertEquals(run.counts(), stored.counts());
    assertEquals(run.cells(), stored.cells());
  }

  @Test
  void aSecondRunRecordsMovementsAndHistory() throws Exception {
    workedExample();
    TieringEngine engine = new TieringEngine(connection, clock);
    TieringRunSummary first = engine.run("tester");
    importCsv("external_id,name,business_value\nT-1,C1,50000\n");
    TieringRunSummary second = engine.run("tester");
    connection.commit();
    assertEquals(first.id(), second.previousRunId());
    assertTrue(second.movements().contains(new Movement("C", "B", 1)), second.movements().toString());
    TieringRunRepository runs = new TieringRunRepository(connection);
    assertEquals(
        List.of(new Mover("T-1", "C1", "C", "B")), runs.movers(second.id(), "C", "B", 10, 0));
    assertEquals(1, runs.moverCount(second.id(), null, "B"));
    long customerId;
    try (var select = connection.prepareStatement("SELECT id FROM customer WHERE external_id = 'T-1'");
        var row = select.executeQuery()) {
      row.next();
      customerId = row.getLong(1);
    }
    List<Assignment> history = new TieringRunRepository(connection).history(customerId, 10);
    assertEquals(List.of(Tier.B, Tier.C), history.stream().map(Assignment::tier).toList());
  }

  @Test
  void coverageBelowTheMinimumRefusesTheRun() throws Exception {
    importCsv("external_id,name,business_value,cx_score\nA,a,1,\nB,b,2,\nC,c,3,5\n");
    CoverageTooLowException refused =
        assertThrows(CoverageTooLowException.class, () -> new TieringEngine(connection, clock).run("tester"));
    assertEquals(List.of(Axis.CX), refused.metrics());
    assertTrue(refused.getMessage().contains("cx_score is known for 1 of 3 customers"), refused.getMessage());
  }

  @Test
  void tiesOnACoarseScaleAreExplained() throws Exception {
    StringBuilder csv = new StringBuilder("external_id,name,business_value,cx_score\n");
    for (int i = 1; i <= 120; i++) {
      csv.append("S-").append(i).append(",s,").append(i).append(',').append(i <= 20 ? 5 : 1 + i % 4).append('\n');
    }
    importCsv(csv.toString());
    TieringRunSummary run = new TieringEngine(connection, clock).run("tester");
    BandWarning warning =
        run.warnings().stream().filter(w -> w.axis() == Axis.CX && w.band() == Band.HIGH).findFirst().orElseThrow();
    assertEquals(BandWarning.Kind.EMPTY_BAND, warning.kind());
    assertEquals(20L, warning.tieCount());
    assertEquals(0, warning.tieValue().compareTo(java.math.BigDecimal.valueOf(5)));
  }

  @Test
  void savedPoliciesAreNewVersions() throws Exception {
    PolicyRepository policies = new PolicyRepository(connection);
    assertEquals(1, policies.current().version());
    assertEquals(TieringPolicy.DEFAULT, policies.current().policy());
    TieringPolicy stricter =
        new TieringPolicy(Cuts.of(50, 97.5), Cuts.DEFAULT, TierGrid.DEFAULT, new java.math.BigDecimal("0.9"));
    PolicyVersion saved = policies.save(stricter, "tester", clock.instant());
    assertEquals(2, saved.version());
    assertEquals(stricter, policies.current().policy());
    assertEquals(2, policies.history(10, 0).size());
  }
}
