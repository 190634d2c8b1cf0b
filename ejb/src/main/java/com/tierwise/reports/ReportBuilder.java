package com.tierwise.reports;

import com.tierwise.organisation.scorecard.Quarter;
import com.tierwise.organisation.scorecard.ScorecardReader;
import com.tierwise.reports.cx.CxQueries;
import com.tierwise.reports.cx.CxReport;
import com.tierwise.reports.executive.ExecutiveTierQueries;
import com.tierwise.reports.executive.ExecutiveTierReport;
import com.tierwise.reports.rendering.ReportDocument;
import com.tierwise.reports.rendering.ReportRenderer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;

/** Reads a report's figures on a connection, lays them out and renders the file: no container needed. */
public final class ReportBuilder {

  private final Connection connection;

  public ReportBuilder(Connection connection) {
    this.connection = connection;
  }

  public ReportDocument document(ReportRequest request, Instant now) throws SQLException {
    ReportTexts texts = new ReportTexts(request.locale());
    return switch (request.name()) {
      case EXECUTIVE_TIER ->
          new ExecutiveTierReport(texts)
              .document(new ExecutiveTierQueries(connection).read(request.period()), request.period(), now);
      case CX ->
          new CxReport(texts, new ScorecardReader(connection).read(Quarter.of(request.period().to().minusMillis(1)), now))
              .document(new CxQueries(connection).read(request.period(), now), request.period(), now);
    };
  }

  public RenderedReport render(ReportRequest request, Instant now) throws SQLException {
    ReportDocument document = document(request, now);
    byte[] content = ReportRenderer.render(document, request.format());
    String day = now.atZone(ZoneOffset.UTC).toLocalDate().toString();
    return new RenderedReport(
        request.name().slug() + "-" + day + "." + request.format().extension(),
        request.format().contentType(),
        content,
        fingerprint(document),
        document.title());
  }

  /** The figures and words of every section; titles, period and timestamps are left out. */
  static String fingerprint(ReportDocument document) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (ReportDocument.Section section : document.sections()) {
        for (ReportDocument.Row row : section.rows()) {
          String text =
              row instanceof ReportDocument.Cells cells
                  ? String.join("\u001f", cells.cells())
                  : row instanceof ReportDocument.Note note ? note.text() : "";
          digest.update(text.getBytes(StandardCharsets.UTF_8));
          digest.update((byte) '\n');
        }
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
