package com.tierwise.silo;

import java.util.List;

/** A segmentation file with bad lines (422): every error with its line and column; nothing stored. */
@jakarta.ejb.ApplicationException(rollback = true)
public class SiloImportRejectedException extends Exception {

  /** A problem on one line (the header is line 1) and column, or column null for the whole line. */
  public record LineError(long line, String column, String message) {}

  private final List<LineError> errors;

  public SiloImportRejectedException(List<LineError> errors) {
    super("The segmentation file was not imported: " + errors.size() + " error(s); nothing was changed");
    this.errors = List.copyOf(errors);
  }

  public List<LineError> errors() {
    return errors;
  }
}
