package com.tierwise.reports.rendering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The template renders Turkish and Persian text, figures and a chart into PDF and XLSX. */
class ReportRendererTest {

  private static ReportDocument document(Locale locale, String title, String label) {
    BarChart chart =
        new BarChart(
            List.of("A", "B", "C"),
            List.of(new BarChart.Series(label, List.of(12.0, 34.0, 56.0))),
            false);
    return new ReportDocument(
        title,
        "2026-11-01 – 2026-11-30",
        "2026-11-22 10:00 UTC",
        "Tierwise",
        "Page",
        locale,
        List.of(
            new ReportDocument.Section(
                label,
                List.of(
                    new ReportDocument.Header(List.of(label, "A", "B", "C")),
                    new ReportDocument.Cells(List.of("Müşteri İstanbul ığş", "12", "34", "56")),
                    new ReportDocument.Note("Yaşam döngüsü aşaması henüz kaydedilmiyor."),
                    new ReportDocument.Chart(chart)))));
  }

  private static String text(byte[] pdf) throws Exception {
    try (PDDocument loaded = Loader.loadPDF(pdf)) {
      return Normalizer.normalize(new PDFTextStripper().getText(loaded), Normalizer.Form.NFKC);
    }
  }

  @Test
  void turkishLettersAndFiguresSurviveInThePdf() throws Exception {
    byte[] pdf = ReportRenderer.render(document(Locale.forLanguageTag("tr"), "Yönetici raporu", "Dağılım"), ReportFormat.PDF);
    String text = text(pdf);
    assertTrue(text.contains("Müşteri İstanbul ığş"), text);
    assertTrue(text.contains("Yönetici raporu"), text);
    assertTrue(text.contains("Yaşam döngüsü"), text);
    assertTrue(text.contains("56"), text);
  }

  @Test
  void persianTitleComesOutShapedAndReadable() throws Exception {
    String title = "گزارش مدیریتی";
    byte[] pdf = ReportRenderer.render(document(Locale.forLanguageTag("fa"), title, "توزیع سطح"), ReportFormat.PDF);
    String text = text(pdf);
    // PDFBox writes right-to-left words in logical order after NFKC folds the presentation forms.
    assertTrue(text.contains("گزارش") && text.contains("مدیریتی"), text);
    assertTrue(text.contains("توزیع"), text);
    Path png = Path.of("target", "report-fa-page1.png");
    try (PDDocument loaded = Loader.loadPDF(pdf)) {
      BufferedImage page = new PDFRenderer(loaded).renderImageWithDPI(0, 110);
      Files.createDirectories(png.getParent());
      ImageIO.write(page, "png", png.toFile());
    }
    assertTrue(Files.size(png) > 10_000);
  }

  @Test
  void xlsxIsASpreadsheetWithTheFigures() throws Exception {
    byte[] xlsx = ReportRenderer.render(document(Locale.ENGLISH, "Executive tier report", "Distribution"), ReportFormat.XLSX);
    StringBuilder sharedStrings = new StringBuilder();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
      for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (entry.getName().startsWith("xl/")) {
          sharedStrings.append(new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
      }
    }
    assertTrue(sharedStrings.toString().contains("Müşteri İstanbul ığş"));
    assertTrue(sharedStrings.toString().contains("Executive tier report"));
  }

  @Test
  void sheetNamesFollowExcelRules() {
    assertEquals("a b", ReportRenderer.sheetName("a/b"));
    assertEquals(31, ReportRenderer.sheetName("x".repeat(40)).length());
  }
}
