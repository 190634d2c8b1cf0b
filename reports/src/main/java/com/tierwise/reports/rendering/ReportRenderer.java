package com.tierwise.reports.rendering;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.engine.type.RunDirectionEnum;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.export.SimpleXlsxReportConfiguration;

/**
 * Renders a {@link ReportDocument} as PDF or XLSX through one JasperReports template,
 * {@code sectioned-report.jrxml}. The template is compiled once per class loader, on first use,
 * and shared: compiling costs about a second, filling a report a few milliseconds.
 */
public final class ReportRenderer {

  static final String TEMPLATE = "sectioned-report.jrxml";

  private ReportRenderer() {}

  /** The compiled template; the holder idiom compiles it once, thread-safely, on first use. */
  private static final class Compiled {
    static final JasperReport TEMPLATE_REPORT = compile();

    private static JasperReport compile() {
      try (InputStream jrxml = ReportRenderer.class.getResourceAsStream(TEMPLATE)) {
        if (jrxml == null) {
          throw new IllegalStateException("Report template " + TEMPLATE + " is missing from the class path");
        }
        return JasperCompileManager.compileReport(jrxml);
      } catch (JRException | java.io.IOException e) {
        throw new IllegalStateException("Report template " + TEMPLATE + " does not compile", e);
      }
    }
  }

  /** Compiles the template now (at start-up), so the first reader does not wait for it. */
  public static void warmUp() {
    JasperReport ignored = Compiled.TEMPLATE_REPORT;
  }

  public static byte[] render(ReportDocument document, ReportFormat format) {
    try {
      JasperPrint print = fill(document);
      ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
      switch (format) {
        case PDF -> exportPdf(print, document, out);
        case XLSX -> exportXlsx(print, document, out);
      }
      return out.toByteArray();
    } catch (JRException e) {
      throw new IllegalStateException("Rendering " + document.title() + " as " + format + " failed", e);
    }
  }

  static JasperPrint fill(ReportDocument document) throws JRException {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("TITLE", document.title());
    parameters.put("SUBTITLE", document.subtitle());
    parameters.put("DATA_TIMESTAMP", document.dataTimestamp());
    parameters.put("FOOTER", document.footer());
    parameters.put("PAGE_LABEL", document.pageLabel());
    parameters.put("RTL", document.rightToLeft());
    parameters.put(JRParameter.REPORT_LOCALE, document.locale());
    return JasperFillManager.fillReport(
        Compiled.TEMPLATE_REPORT, parameters, new JRMapCollectionDataSource(rows(document)));
  }

  private static List<Map<String, ?>> rows(ReportDocument document) {
    List<Map<String, ?>> rows = new ArrayList<>();
    for (ReportDocument.Section section : document.sections()) {
      for (ReportDocument.Row row : section.rows()) {
        Map<String, Object> values = new HashMap<>();
        values.put("section", section.title());
        if (row instanceof ReportDocument.Header header) {
          put(values, "HEADER", header.cells());
        } else if (row instanceof ReportDocument.Cells cells) {
          put(values, "ROW", cells.cells());
        } else if (row instanceof ReportDocument.Note note) {
          put(values, "NOTE", List.of(note.text()));
        } else if (row instanceof ReportDocument.Chart chart) {
          values.put("kind", "CHART");
          values.put("chart", chart.chart().draw(document.rightToLeft()));
        }
        rows.add(values);
      }
    }
    return rows;
  }

  private static void put(Map<String, Object> values, String kind, List<String> cells) {
    values.put("kind", kind);
    for (int i = 0; i < cells.size(); i++) {
      values.put("c" + (i + 1), cells.get(i));
    }
  }

  private static void exportPdf(JasperPrint print, ReportDocument document, ByteArrayOutputStream out)
      throws JRException {
    JRPdfExporter exporter = new JRPdfExporter();
    exporter.setExporterInput(new SimpleExporterInput(print));
    exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
    SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
    configuration.setMetadataTitle(document.title());
    configuration.setMetadataCreator("Tierwise");
    exporter.setConfiguration(configuration);
    exporter.exportReport();
  }

  private static void exportXlsx(JasperPrint print, ReportDocument document, ByteArrayOutputStream out)
      throws JRException {
    JRXlsxExporter exporter = new JRXlsxExporter();
    exporter.setExporterInput(new SimpleExporterInput(print));
    exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
    SimpleXlsxReportConfiguration configuration = new SimpleXlsxReportConfiguration();
    configuration.setOnePagePerSheet(false);
    configuration.setRemoveEmptySpaceBetweenRows(true);
    configuration.setRemoveEmptySpaceBetweenColumns(true);
    configuration.setWhitePageBackground(false);
    configuration.setDetectCellType(true);
    configuration.setSheetNames(new String[] {sheetName(document.title())});
    if (document.rightToLeft()) {
      configuration.setSheetDirection(RunDirectionEnum.RTL);
    }
    exporter.setConfiguration(configuration);
    exporter.exportReport();
  }

  /** Excel allows 31 characters and none of []:*?/\ in a sheet name. */
  static String sheetName(String title) {
    String cleaned = title.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
    return cleaned.length() <= 31 ? cleaned : cleaned.substring(0, 31);
  }
}
