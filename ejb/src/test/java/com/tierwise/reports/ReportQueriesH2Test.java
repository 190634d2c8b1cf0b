package com.tierwise.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tierwise.closedloop.Nps;
import com.tierwise.closedloop.ResponseInput;
import com.tierwise.closedloop.ResponseValidator;
import com.tierwise.closedloop.SurveyRepository;
import com.tierwise.customer.csv.CustomerCsvReader;
import com.tierwise.customer.imports.CustomerImporter;
import com.tierwise.platform.H2Database;
import com.tierwise.reports.cx.CxFigures;
import com.tierwise.reports.cx.CxQueries;
import com.tierwise.reports.executive.ExecutiveTierFigures;
import com.tierwise.reports.executive.ExecutiveTierFigures.Reason;
import com.tierwise.reports.executive.ExecutiveTierQueries;
import com.tierwise.reports.rendering.ReportFormat;
import com.tierwise.tiering.TieringEngine;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The report queries on H2 with the real migrations, and the reports they render. */
class ReportQueriesH2Test {

  private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
  private static final ReportPeriod NOVEMBER =
      new ReportPeriod(Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-12-01T00:00:00Z"));

  private Connection connection;

  @BeforeEach
  void database() throws Exception {
    connection = H2Database.migrated();
    // T-1..T-21 with both metrics equal to i; U-1 has no CX score; Ş-1 is a Turkish name.
    StringBuilder csv = new StringBuilder("external_id,name,business_value,cx_score,owner\n");
    for (int i = 1; i <= 21; i++) {
      csv.append("T-").append(i).append(",Müşteri ").append(i).append(',').append(i).append(',').append(i)
          .append(",ayse\n");
    }
    csv.append("U-1,No CX,1000,,\n");
    importCsv(csv.toString());
    new TieringEngine(connection, Clock.fixed(NOW.minusSeconds(7200), ZoneOffset.UTC)).run("tester");
    // T-5 becomes the best customer on both metrics: it enters tier A by the data.
    importCsv("external_id,name,business_value,cx_score\nT-5,Müşteri 5,500,50\n");
    new TieringEngine(connection, Clock.fixed(NOW.minusSeconds(3600), ZoneOffset.UTC)).run("tester");
    try (Statement update = connection.createStatement()) {
      update.executeUpdate("UPDATE customer SET hic = TRUE WHERE external_id IN ('T-21', 'T-3')");
    }
    connection.commit();
  }

  private void importCsv(String csv) throws Exception {
    new CustomerImporter(connection, new CustomerCsvReader())
        .importCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), NOW);
    connection.commit(); // the staging table lives for one transaction
  }

  @AfterEach
  void close() throws Exception {
    connection.close();
  }

  private long scalar(String sql) throws Exception {
    try (Statement select = connection.createStatement(); ResultSet row = select.executeQuery(sql)) {
      row.next();
      return row.getLong(1);
    }
  }

  @Test
  void executiveFiguresAgreeWithTheRunTables() throws Exception {
    ExecutiveTierFigures figures = new ExecutiveTierQueries(connection).read(NOVEMBER);

    assertEquals(2, figures.trend().size());
    ExecutiveTierFigures.Run latest = figures.latest();
    assertEquals(scalar("SELECT MAX(id) FROM tiering_run"), latest.id());
    assertEquals(22, latest.customers());
    assertEquals(1, latest.untiered());
    assertEquals(scalar("SELECT COUNT(*) FROM tier_assignment WHERE tier = 'A' AND run_id = " + latest.id()), latest.a());
    assertEquals(latest.customers(), latest.a() + latest.b() + latest.c() + latest.untiered());
    assertEquals(9, figures.grid().size());
    assertEquals(latest.customers() - latest.untiered(), figures.grid().stream().mapToLong(c -> c.customers()).sum());

    ExecutiveTierFigures.TierAChange t5 =
        figures.tierAChanges().stream().filter(c -> c.externalId().equals("T-5")).findFirst().orElseThrow();
    assertTrue(t5.entered());
    assertEquals("A", t5.tier());
    assertEquals(Reason.DATA, t5.reason());
    long entered = figures.tierAChangeCounts().stream().filter(c -> c.entered()).mapToLong(c -> c.customers()).sum();
    assertEquals(figures.tierAChanges().stream().filter(c -> c.entered()).count(), entered);

    assertEquals(2, figures.hic().count());
    assertEquals("T-21", figures.hic().top().get(0).externalId());

    ExecutiveTierFigures.Pareto pareto = figures.pareto();
    assertEquals(0, new BigDecimal(1000 + 500 + (231 - 5)).compareTo(pareto.total()));
    // PERCENT_RANK >= 80 among 22 values: the 5 largest (1000, 500, 21, 20, 19).
    assertEquals(5, pareto.topFifthCustomers());
    assertEquals(0, new BigDecimal(1000 + 500 + 21 + 20 + 19).compareTo(pareto.topFifthValue()));
    assertEquals(0, figures.overrides().pendingCount());
  }

  private void respond(Object... idTouchpointScoreAt) throws Exception {
    SurveyRepository surveys = new SurveyRepository(connection);
    List<ResponseInput> inputs = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < idTouchpointScoreAt.length; i += 4) {
      ids.add((String) idTouchpointScoreAt[i]);
      inputs.add(
          new ResponseInput(
              (String) idTouchpointScoreAt[i], (String) idTouchpointScoreAt[i + 1], idTouchpointScoreAt[i + 2],
              "نظر", (String) idTouchpointScoreAt[i + 3], true));
    }
    ResponseValidator.Outcome outcome = ResponseValidator.validate(inputs, surveys.customers(ids), NOW);
    assertTrue(outcome.valid(), outcome.errors().toString());
    surveys.store(outcome.responses(), NOW);
    connection.commit();
  }

  @Test
  void cxFiguresGroupThePeriodAndThePeriodBefore() throws Exception {
    respond(
        "T-21", "SERVICE_CALL", 10, "2026-11-02T10:00:00Z",
        "T-3", "SERVICE_CALL", 2, "2026-11-03T10:00:00Z",
        "T-12", "SALES_CALL", 8, "2026-11-04T10:00:00Z",
        "U-1", "AFTER_PURCHASE", 0, "2026-11-05T10:00:00Z",
        "T-12", "SALES_CALL", 9, "2026-10-20T10:00:00Z");
    CxFigures figures = new CxQueries(connection).read(NOVEMBER, NOW);

    assertEquals(Nps.of(1, 1, 2), figures.overall().now());
    assertEquals(Nps.of(1, 0, 0), figures.overall().before());
    CxFigures.Compared hic = figures.byHic().get(0);
    assertEquals("HIC", hic.group());
    assertEquals(Nps.of(1, 0, 1), hic.now());
    CxFigures.Compared untiered =
        figures.byTier().stream().filter(c -> c.group().equals("UNTIERED")).findFirst().orElseThrow();
    assertEquals(Nps.of(0, 0, 1), untiered.now());
    CxFigures.Compared sales =
        figures.byTouchpoint().stream().filter(c -> c.group().equals("SALES_CALL")).findFirst().orElseThrow();
    assertEquals(Nps.of(0, 1, 0), sales.now());
    assertEquals(Nps.of(1, 0, 0), sales.before());
    assertNull(figures.byTouchpoint().stream().filter(c -> c.group().equals("WEBSITE_VISIT")).findFirst().orElseThrow().now().nps());
    assertEquals(6, figures.months().size());
    assertEquals(4, figures.months().get(5).nps().responses()); // November
    assertEquals(1, figures.months().get(4).nps().responses()); // October

    CxFigures.TaskFigures calls = figures.closedLoop().get(0);
    assertEquals("FOLLOW_UP_CALL", calls.type());
    assertEquals(2, calls.opened()); // tasks are created when the responses are received (NOW)
  }

  private static String pdfText(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC);
    }
  }

  @Test
  void executiveReportInTurkishShowsTheFigures() throws Exception {
    RenderedReport report =
        new ReportBuilder(connection)
            .render(new ReportRequest(ReportName.EXECUTIVE_TIER, ReportFormat.PDF, Locale.forLanguageTag("tr"), NOVEMBER), NOW);
    assertEquals("executive-tier-2026-11-22.pdf", report.fileName());
    String text = pdfText(report.content());
    assertTrue(text.contains("Yönetici segment raporu"), text);
    assertTrue(text.contains("Yüksek etkili müşteriler"), text);
    assertTrue(text.contains("Müşteri 21 (T-21)"), text);
    assertTrue(text.contains("İş metriği bilinmiyor"), text);
    ExecutiveTierFigures figures = new ExecutiveTierQueries(connection).read(NOVEMBER);
    assertTrue(text.contains("Segmentsiz 1 "), text);
    assertTrue(text.contains("A " + figures.latest().a() + " "), text);
  }

  @Test
  void cxReportInPersianIsReadableAndRendersAPage() throws Exception {
    respond("T-21", "SERVICE_CALL", 10, "2026-11-02T10:00:00Z");
    RenderedReport report =
        new ReportBuilder(connection)
            .render(new ReportRequest(ReportName.CX, ReportFormat.PDF, Locale.forLanguageTag("fa"), NOVEMBER), NOW);
    String text = pdfText(report.content());
    assertTrue(text.contains("تجربه") && text.contains("مشتری"), text);
    assertTrue(text.contains("حلقه") && text.contains("بسته"), text);
    Path png = Path.of("target", "cx-report-fa-page1.png");
    try (PDDocument document = Loader.loadPDF(report.content())) {
      BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 110);
      Files.createDirectories(png.getParent());
      ImageIO.write(page, "png", png.toFile());
    }
    assertTrue(Files.size(png) > 10_000);
  }

  @Test
  void cxReportAnswersTheLifecycleAndAttributionQuestions() throws Exception {
    SurveyRepository surveys = new SurveyRepository(connection);
    List<ResponseInput> inputs =
        List.of(
            new ResponseInput("T-12", "WEBSITE_VISIT", 2, null, "2026-11-02T10:00:00Z", true, null, "MARKETING"),
            new ResponseInput("T-13", "SALES_CALL", 3, null, "2026-11-03T10:00:00Z", true, null, "MARKETING"),
            new ResponseInput("T-14", "SALES_CALL", 1, null, "2026-11-03T11:00:00Z", true, null, "SERVICE"),
            new ResponseInput("T-15", "AFTER_PURCHASE", 0, null, "2026-11-04T10:00:00Z", true, "RETURNS", "SERVICE"),
            new ResponseInput("T-16", "AFTER_PURCHASE", 10, null, "2026-11-04T11:00:00Z", true, "FULFILMENT", null));
    ResponseValidator.Outcome outcome =
        ResponseValidator.validate(inputs, surveys.customers(List.of("T-12", "T-13", "T-14", "T-15", "T-16")), NOW);
    assertTrue(outcome.valid(), outcome.errors().toString());
    surveys.store(outcome.responses(), NOW);
    connection.commit();

    String text =
        pdfText(
            new ReportBuilder(connection)
                .render(new ReportRequest(ReportName.CX, ReportFormat.PDF, Locale.ENGLISH, NOVEMBER), NOW)
                .content())
            .replaceAll("\\s+", " ");
    assertTrue(!text.contains("Not available: survey responses do not record"), text);
    assertTrue(!text.contains("Not available: root causes"), text);
    // NPS by lifecycle stage: pre-order has two detractors (-100), fulfilment one promoter (100).
    assertTrue(text.contains("Pre-order 2 0 2 -100.0"), text);
    assertTrue(text.contains("Fulfilment 1 1 0 100.0"), text);
    assertTrue(text.contains("Mostly marketing: of 3 detractors, 2 marketing, 1 service, 0 not attributed yet."), text);
    assertTrue(text.contains("Mostly service: of 1 detractors, 0 marketing, 1 service, 0 not attributed yet."), text);
    assertTrue(text.contains("No experience charter is in effect"), text);
  }

  @Test
  void fingerprintChangesWithTheFiguresNotWithTheClock() throws Exception {
    ReportRequest request = new ReportRequest(ReportName.CX, ReportFormat.XLSX, Locale.ENGLISH, NOVEMBER);
    String first = new ReportBuilder(connection).render(request, NOW).fingerprint();
    assertEquals(first, new ReportBuilder(connection).render(request, NOW.plusSeconds(60)).fingerprint());
    respond("T-21", "SERVICE_CALL", 10, "2026-11-02T10:00:00Z");
    assertNotEquals(first, new ReportBuilder(connection).render(request, NOW.plusSeconds(60)).fingerprint());
  }

  @Test
  void cxReportShowsEachTeamAgainstItsTargets() throws Exception {
    respond(
        "T-21", "SERVICE_CALL", 10, "2026-11-02T10:00:00Z",
        "T-3", "SERVICE_CALL", 2, "2026-11-03T10:00:00Z",
        "T-4", "SERVICE_CALL", 9, "2026-11-04T10:00:00Z");
    try (Statement setUp = connection.createStatement()) {
      setUp.executeUpdate(
          "INSERT INTO app_user (username, password_hash, created_at, team) VALUES ('ayse', '!', CURRENT_TIMESTAMP, 'İstanbul Kuzey')");
      setUp.executeUpdate(
          "INSERT INTO app_user (username, password_hash, created_at) VALUES ('cx.director', '!', CURRENT_TIMESTAMP)");
      setUp.executeUpdate(
          "INSERT INTO cx_metric_target (metric, team, quarter, target, updated_by, updated_at)"
              + " VALUES ('NPS', 'İstanbul Kuzey', '2026-Q4', 50, 'tester', CURRENT_TIMESTAMP)");
      setUp.executeUpdate(
          "INSERT INTO cx_metric_owner (metric, owner, updated_by, updated_at) VALUES ('NPS', 'cx.director', 'tester', CURRENT_TIMESTAMP)");
    }
    connection.commit();
    String text =
        pdfText(new ReportBuilder(connection)
            .render(new ReportRequest(ReportName.CX, ReportFormat.PDF, Locale.ENGLISH, NOVEMBER), NOW).content());
    assertTrue(text.contains("Metric scorecard by accountable executive"), text);
    assertTrue(text.contains("Quarter 2026-Q4: 0 targets met, 1 missed"), text);
    // two promoters and a detractor of three: NPS 33.3 against a target of 50
    assertTrue(text.contains("İstanbul Kuzey NPS cx.director 33.3 / 50.0 missed"), text);
    assertFalse(text.contains("no team is set up yet"), text);

    try (Statement setUp = connection.createStatement()) {
      setUp.executeUpdate("UPDATE app_user SET team = NULL");
    }
    connection.commit();
    String withoutTeams =
        pdfText(new ReportBuilder(connection)
            .render(new ReportRequest(ReportName.CX, ReportFormat.PDF, Locale.ENGLISH, NOVEMBER), NOW).content());
    assertTrue(withoutTeams.contains("no team is set up yet"), withoutTeams);
  }
}
