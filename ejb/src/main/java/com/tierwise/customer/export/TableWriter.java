package com.tierwise.customer.export;

import com.tierwise.customer.csv.CsvCells;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a table as CSV or XLSX one row at a time: the formula-safe writer behind every export
 * (customers, the scorecard).
 *
 * <p>Text that a spreadsheet would run as a formula (a name such as {@code =HYPERLINK(...)}) is
 * neutralised: in CSV it gets a leading apostrophe ({@link CsvCells#formulaSafe}); in XLSX every
 * text cell is written as a string, which Excel and LibreOffice never evaluate.
 */
public abstract sealed class TableWriter implements AutoCloseable {

  /** Opens a writer and writes the header row; {@code sheet} names the XLSX worksheet. */
  public static TableWriter open(ExportFormat format, OutputStream out, String sheet, List<String> headers)
      throws IOException {
    return switch (format) {
      case CSV -> new Csv(out, headers);
      case XLSX -> new Xlsx(out, sheet, headers);
    };
  }

  /** Writes one row of strings, numbers (BigDecimal, Double, Long, Integer), booleans or nulls. */
  public abstract void row(List<?> cells);

  @Override
  public abstract void close() throws IOException;

  private static final class Csv extends TableWriter {
    private final CSVPrinter printer;

    Csv(OutputStream out, List<String> headers) throws IOException {
      Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      writer.write('\uFEFF'); // a BOM, so Excel reads the UTF-8 names (Turkish, Arabic, Persian) right
      printer = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get().print(writer);
      printer.printRecord(headers);
    }

    @Override
    public void row(List<?> cells) {
      try {
        for (Object cell : cells) {
          printer.print(text(cell));
        }
        printer.println();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static String text(Object cell) {
      if (cell == null) {
        return "";
      }
      if (cell instanceof BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
      }
      if (cell instanceof String text) {
        return CsvCells.formulaSafe(text);
      }
      return cell.toString();
    }

    @Override
    public void close() throws IOException {
      printer.close(true);
    }
  }

  private static final class Xlsx extends TableWriter {
    /** Rows between flushes, so the zip stream leaves memory as the rows are written. */
    private static final int FLUSH_EVERY = 1_000;

    private final Workbook workbook;
    private final Worksheet sheet;
    private int row;

    Xlsx(OutputStream out, String sheetName, List<String> headers) {
      workbook = new Workbook(out, "Tierwise", "1.0");
      sheet = workbook.newWorksheet(sheetName);
      for (int column = 0; column < headers.size(); column++) {
        sheet.value(0, column, headers.get(column));
        sheet.style(0, column).bold().set();
      }
      sheet.freezePane(0, 1);
      row = 1;
    }

    @Override
    public void row(List<?> cells) {
      for (int column = 0; column < cells.size(); column++) {
        Object cell = cells.get(column);
        if (cell instanceof BigDecimal number) {
          sheet.value(row, column, number);
        } else if (cell instanceof Number number) {
          sheet.value(row, column, number);
        } else if (cell instanceof Boolean flag) {
          sheet.value(row, column, flag);
        } else if (cell != null) {
          sheet.value(row, column, cell.toString()); // a string cell: never a formula
        }
      }
      row++;
      if (row % FLUSH_EVERY == 0) {
        try {
          sheet.flush();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }

    @Override
    public void close() throws IOException {
      sheet.finish();
      workbook.finish();
    }
  }
}
