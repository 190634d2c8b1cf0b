package com.tierwise.reports.rendering;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A report ready to render: localized texts and figures already formatted, in sections of
 * tables, notes and charts. It holds aggregates only (bounded by the report, not by the data).
 *
 * @param title report title, on every page
 * @param subtitle the period the report covers
 * @param dataTimestamp when the figures were read, said in the reader's language
 * @param footer text at the foot of every page
 * @param pageLabel the word for "page"
 * @param locale the reader's locale; Arabic and Persian lay the pages out right to left
 * @param sections the content, in order
 */
public record ReportDocument(
    String title,
    String subtitle,
    String dataTimestamp,
    String footer,
    String pageLabel,
    Locale locale,
    List<Section> sections) {

  private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "fa", "he", "ur");

  public ReportDocument {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(locale, "locale");
    sections = List.copyOf(sections);
  }

  public boolean rightToLeft() {
    return RIGHT_TO_LEFT.contains(locale.getLanguage());
  }

  /** A titled part of the report. */
  public record Section(String title, List<Row> rows) {
    public Section {
      Objects.requireNonNull(title, "title");
      rows = List.copyOf(rows);
    }
  }

  /** One line of a section: a table header, a table row, a sentence, or a chart. */
  public sealed interface Row permits Header, Cells, Note, Chart {}

  /** Column headings, at most five: the first is the wide label column. */
  public record Header(List<String> cells) implements Row {
    public Header {
      cells = Cells.checked(cells);
    }
  }

  /** A table row, at most five cells: the first is the label, the others figures. */
  public record Cells(List<String> cells) implements Row {
    public Cells {
      cells = checked(cells);
    }

    static List<String> checked(List<String> cells) {
      if (cells.isEmpty() || cells.size() > 5) {
        throw new IllegalArgumentException("A row has 1 to 5 cells, not " + cells.size());
      }
      return java.util.Collections.unmodifiableList(new java.util.ArrayList<>(cells));
    }
  }

  /** A sentence, such as why a section has no figures. */
  public record Note(String text) implements Row {}

  /** A bar chart drawn as an image. */
  public record Chart(BarChart chart) implements Row {}
}
