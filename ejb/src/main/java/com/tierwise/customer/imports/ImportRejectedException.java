package com.tierwise.customer.imports;

import com.tierwise.customer.csv.ImportError;
import java.util.List;

/** An import refused whole: every bad row is listed and nothing was changed. */
@jakarta.ejb.ApplicationException(rollback = true)
public class ImportRejectedException extends Exception {

  private final List<ImportError> errors;
  private final long errorCount;

  public ImportRejectedException(List<ImportError> errors, long errorCount) {
    super(errorCount + " error(s) in the file; nothing was imported");
    this.errors = List.copyOf(errors);
    this.errorCount = errorCount;
  }

  public List<ImportError> errors() {
    return errors;
  }

  /** All errors found, including those beyond the reported list's cap. */
  public long errorCount() {
    return errorCount;
  }
}
