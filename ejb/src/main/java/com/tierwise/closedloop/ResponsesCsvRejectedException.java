package com.tierwise.closedloop;

import java.util.List;

/** A CSV file of responses refused whole: every problem with its line and column, nothing stored. */
@jakarta.ejb.ApplicationException(rollback = true)
public class ResponsesCsvRejectedException extends Exception {

  private final List<ResponseCsvReader.CsvProblem> problems;

  public ResponsesCsvRejectedException(List<ResponseCsvReader.CsvProblem> problems) {
    super(problems.size() + " error(s) in the file; nothing was stored");
    this.problems = List.copyOf(problems);
  }

  public List<ResponseCsvReader.CsvProblem> problems() {
    return problems;
  }
}
