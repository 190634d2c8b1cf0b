package com.tierwise.customer.export;

import com.tierwise.customer.CustomerDetails;
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
 * Writes customers as CSV or XLSX while they stream from the database, one row at a time.
 *
 * <p>Text that a spreadsheet would run as a formula (a name such as {@code =HYPERLINK(...)}) is
 * neutralised: in CSV it gets a leading apostrophe ({@link CsvCells#formulaSafe}); in XLSX every
 * text cell is written as a string, which Excel and LibreOffice never evaluate.
 */
public abstract sealed class CustomerExportWriter implements AutoCloseable {

  public static CustomerExportWriter open(ExportFormat format, OutputStream out) throws IOException {
    return switch (format) {
      case CSV -> new Csv(out);
      case XLSX -> new Xlsx(out);
    };
  }

  /** Writes one customer; I/O failures are unchecked so this can be a stream's consumer. */
  public abstract void write(CustomerDetails customer);

  @Override
  public abstract void close() throws IOException;

  private static final class Csv extends CustomerExportWriter {
    private final CSVPrinter printer;

    Csv(OutputStream out) throws IOException {
      Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      writer.write('\uFEFF'); // a BOM, so Excel reads the UTF-8 names (Turkish, Arabic, Persian) right
      printer = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get().print(writer);
      printer.printRecord(ExportColumns.HEADERS);
    }

    @Override
    public void write(CustomerDetails customer) {
      try {
        for (Object cell : ExportColumns.cells(customer)) {
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

  private static final class Xlsx extends CustomerExportWriter {
    /** Rows between flushes, so the zip stream leaves memory as the rows are written. */
    private static final int FLUSH_EVERY = 1_000;

    private final Workbook workbook;
    private final Worksheet sheet;
    private int row;

    Xlsx(OutputStream out) {
      workbook = new Workbook(out, "Tierwise", "1.0");
      sheet = workbook.newWorksheet("customers");
      List<String> headers = ExportColumns.HEADERS;
      for (int column = 0; column < headers.size(); column++) {
        sheet.value(0, column, headers.get(column));
        sheet.style(0, column).bold().set();
      }
      sheet.freezePane(0, 1);
      row = 1;
    }

    @Override
    public void write(CustomerDetails customer) {
      List<Object> cells = ExportColumns.cells(customer);
      for (int column = 0; column < cells.size(); column++) {
        Object cell = cells.get(column);
        if (cell instanceof BigDecimal number) {
          sheet.value(row, column, number);
        } else if (cell instanceof Double number) {
          sheet.value(row, column, number);
        } else if (cell instanceof Boolean flag) {
          sheet.value(row, column, flag);
        } else if (cell != null) {
          sheet.value(row, column, (String) cell); // a string cell: never a formula
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
