package com.tierwise.charter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tierwise.closedloop.CxTask;
import com.tierwise.closedloop.Nps;
import com.tierwise.closedloop.ResponseInput;
import com.tierwise.closedloop.ResponseValidator;
import com.tierwise.closedloop.SurveyRepository;
import com.tierwise.closedloop.TaskFilter;
import com.tierwise.closedloop.TaskRepository;
import com.tierwise.closedloop.TaskStatus;
import com.tierwise.closedloop.TaskType;
import com.tierwise.customer.csv.CustomerCsvReader;
import com.tierwise.customer.imports.CustomerImporter;
import com.tierwise.demo.DemoCharter;
import com.tierwise.platform.H2Database;
import com.tierwise.tiering.TieringEngine;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Charter versions and the attribution query on H2 with the real migrations (the ./run default). */
class CharterH2Test {

  private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
  private static final Instant FROM = Instant.parse("2026-11-01T00:00:00Z");

  private Connection connection;

  /** T-1..T-21 (T-20, T-21 tier A; T-12..T-19 B; the rest C); T-3 a high-impact customer. */
  @BeforeEach
  void database() throws Exception {
    connection = H2Database.migrated();
    StringBuilder csv = new StringBuilder("external_id,name,business_value,cx_score,owner\n");
    for (int i = 1; i <= 21; i++) {
      csv.append("T-").append(i).append(",C").append(i).append(',').append(i).append(',').append(i).append(",ayse\n");
    }
    new CustomerImporter(connection, new CustomerCsvReader())
        .importCsv(new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), NOW);
    connection.commit();
    new TieringEngine(connection, Clock.fixed(NOW.minusSeconds(3600), ZoneOffset.UTC)).run("tester");
    try (Statement update = connection.createStatement()) {
      update.executeUpdate("UPDATE customer SET hic = TRUE WHERE external_id = 'T-3'");
    }
    connection.commit();
  }

  @AfterEach
  void close() throws Exception {
    connection.close();
  }

  private void respond(String... idTouchpointScoreStageAttribution) throws Exception {
    SurveyRepository surveys = new SurveyRepository(connection);
    List<ResponseInput> inputs = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < idTouchpointScoreStageAttribution.length; i += 5) {
      String[] r = java.util.Arrays.copyOfRange(idTouchpointScoreStageAttribution, i, i + 5);
      ids.add(r[0]);
      inputs.add(new ResponseInput(r[0], r[1], Integer.valueOf(r[2]), null, "2026-11-10T10:00:00Z", true, r[3], r[4]));
    }
    ResponseValidator.Outcome outcome = ResponseValidator.validate(inputs, surveys.customers(ids), NOW);
    assertTrue(outcome.valid(), outcome.errors().toString());
    surveys.store(outcome.responses(), NOW);
    connection.commit();
  }

  @Test
  void aResponseWithoutAStageTakesItsTouchpointsAndTheFollowUpsFindingWins() throws Exception {
    respond(
        "T-20", "WEBSITE_VISIT", "2", null, null, // INTEREST (default), A, attributed by the call below
        "T-19", "SALES_CALL", "3", null, "SERVICE", // PRE_ORDER, B, service
        "T-3", "AFTER_PURCHASE", "1", "RETURNS", "MARKETING", // RETURNS, HIC, marketing
        "T-1", "AFTER_PURCHASE", "4", "RETURNS", null, // RETURNS, C; the call finds a fulfilment failure
        "T-2", "SERVICE_CALL", "10", null, null); // SUPPORT, C, promoter
    TaskRepository tasks = new TaskRepository(connection);
    for (CxTask task : tasks.list(new TaskFilter(TaskType.FOLLOW_UP_CALL, null, null), 100, 0)) {
      if (task.externalId().equals("T-20")) {
        tasks.completed(task, TaskStatus.DONE, "ayse", "Expected a different price", null, Attribution.MARKETING, NOW);
      } else if (task.externalId().equals("T-1")) {
        tasks.completed(task, TaskStatus.DONE, "ayse", "Parcel arrived broken", LifecycleStage.FULFILMENT, Attribution.SERVICE, NOW);
      }
    }
    connection.commit();

    AttributionReport report = new AttributionQueries(connection).report(FROM, NOW, NOW);

    assertEquals(new AttributionReport.Split(1, 1, 0), report.browseNoPurchase().detractors());
    assertEquals(AttributionReport.Verdict.EVEN, report.browseNoPurchase().verdict());
    // T-1's return turned out to be a fulfilment failure: only T-3's (marketing) stays a return.
    assertEquals(new AttributionReport.Split(1, 0, 0), report.returns().detractors());
    assertEquals(Nps.of(0, 0, 1), report.stages().get(LifecycleStage.FULFILMENT.ordinal()).nps());
    assertEquals(Nps.of(1, 0, 0), report.stages().get(LifecycleStage.SUPPORT.ordinal()).nps());
    AttributionReport.CellResult hicReturns =
        report.cells().stream().filter(c -> c.stage() == LifecycleStage.RETURNS && c.segment() == Segment.HIC).findFirst().orElseThrow();
    assertEquals(Nps.of(0, 0, 1), hicReturns.nps());
    assertEquals(1, scalar("SELECT COUNT(*) FROM survey_response WHERE hic_at_response AND stage = 'RETURNS'"));
  }

  @Test
  void versionsRoundTripAndTheEffectiveOneIsSuperseded() throws Exception {
    CharterRepository charters = new CharterRepository(connection);
    charters.insert(new CharterVersion(1, CharterStatus.EFFECTIVE, null, 0, "demo-data", NOW, NOW, true, DemoCharter.cells(), List.of()));
    CharterVersion draft = CharterVersion.draftFrom(charters.effective(), charters.latestNumber() + 1, "analyst", NOW);
    charters.insert(draft);
    assertEquals(24, charters.find(2).orElseThrow().cells().size());
    assertEquals(charters.find(1).orElseThrow().contentHash(), charters.find(2).orElseThrow().contentHash());

    List<CharterCell> cells = new ArrayList<>(draft.cells());
    cells.remove(0);
    draft.replaceCells(cells);
    charters.cellsReplaced(draft);
    CharterVersion stored = charters.find(2).orElseThrow();
    assertEquals(1, stored.revision());
    assertEquals(23, stored.cells().size());

    stored.sign("maria", EnumSet.of(ExperienceOwner.CCBMX), Optional.empty(), 1, NOW);
    charters.signed(stored, stored.signatures().get(0));
    assertEquals(CharterStatus.PARTLY_SIGNED, charters.open().orElseThrow().status());
    CharterVersion again = charters.find(2).orElseThrow();
    assertTrue(again.sign("sami", EnumSet.of(ExperienceOwner.CCSX), Optional.empty(), 1, NOW));
    charters.signed(again, again.signatures().get(1));
    CharterVersion previous = charters.find(1).orElseThrow();
    previous.supersede();
    charters.superseded(previous, NOW);
    connection.commit();

    assertEquals(2, charters.effective().orElseThrow().number());
    assertEquals(CharterStatus.SUPERSEDED, charters.find(1).orElseThrow().status());
    assertFalse(charters.open().isPresent());
    assertEquals(List.of("maria", "sami"), charters.find(2).orElseThrow().signatures().stream().map(CharterSignature::signedBy).toList());
    assertEquals(1, CharterDiff.between(charters.find(1).orElseThrow().cells(), charters.find(2).orElseThrow().cells()).size());
  }

  @Test
  void theDatabaseRefusesASecondSignatureForARoleAndOnePersonForBoth() throws Exception {
    CharterRepository charters = new CharterRepository(connection);
    CharterVersion draft = CharterVersion.draftFrom(Optional.empty(), 1, "analyst", NOW);
    charters.insert(draft);
    connection.commit();
    CharterSignature first = new CharterSignature(ExperienceOwner.CCBMX, "maria", NOW, draft.contentHash());
    charters.signed(draft, first);
    connection.commit();
    assertThrows(() -> charters.signed(draft, new CharterSignature(ExperienceOwner.CCBMX, "mehmet", NOW, draft.contentHash())));
    assertThrows(() -> charters.signed(draft, new CharterSignature(ExperienceOwner.CCSX, "maria", NOW, draft.contentHash())));
  }

  private void assertThrows(org.junit.jupiter.api.function.Executable insert) throws Exception {
    org.junit.jupiter.api.Assertions.assertThrows(java.sql.SQLException.class, insert);
    connection.rollback();
  }

  private long scalar(String sql) throws Exception {
    try (Statement select = connection.createStatement(); var row = select.executeQuery(sql)) {
      row.next();
      return row.getLong(1);
    }
  }
}
