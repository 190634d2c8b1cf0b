package com.tierwise.customer.export;

import com.tierwise.customer.CustomerDetails;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes customers as CSV or XLSX while they stream from the database, one row at a time, through
 * the formula-safe {@link TableWriter}.
 */
public final class CustomerExportWriter implements AutoCloseable {

  private final TableWriter table;

  private CustomerExportWriter(TableWriter table) {
    this.table = table;
  }

  public static CustomerExportWriter open(ExportFormat format, OutputStream out) throws IOException {
    return new CustomerExportWriter(TableWriter.open(format, out, "customers", ExportColumns.HEADERS));
  }

  /** Writes one customer; I/O failures are unchecked so this can be a stream's consumer. */
  public void write(CustomerDetails customer) {
    table.row(ExportColumns.cells(customer));
  }

  @Override
  public void close() throws IOException {
    table.close();
  }
}
