package com.tierwise.web.portal.imports;

import com.tierwise.customer.csv.CustomerField;
import com.tierwise.customer.csv.ImportError;
import com.tierwise.customer.csv.ImportPreview;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the preview step shows: the first rows as mapped with every bad cell carrying its
 * message, the first errors of the whole file, and whether it may be imported. Serializable
 * copies, so the view state never holds the reader's objects or the file.
 *
 * @param fields the mapped fields, the table's columns, in field order
 * @param rows the first rows of the file
 * @param rowCount data rows in the whole file
 * @param errors the first {@code listed} errors of the whole file
 * @param errorCount all errors of the whole file
 */
public record PreviewTable(
    List<String> fields, List<Row> rows, int rowCount, List<Problem> errors, long errorCount)
    implements Serializable {

  public PreviewTable {
    fields = List.copyOf(fields);
    rows = List.copyOf(rows);
    errors = List.copyOf(errors);
  }

  static PreviewTable of(ImportPreview preview, int listed) {
    List<CustomerField> fields =
        Arrays.stream(CustomerField.values()).filter(preview.outcome().columns()::contains).toList();
    List<Row> rows =
        preview.rows().stream()
            .map(
                row -> {
                  List<ImportError> problems = preview.errorsOn(row.line());
                  List<Cell> cells =
                      fields.stream()
                          .map(
                              field ->
                                  new Cell(
                                      row.cells().getOrDefault(field, ""),
                                      problems.stream()
                                          .filter(error -> field.column().equals(error.column()))
                                          .map(ImportError::message)
                                          .collect(Collectors.joining(" "))))
                          .toList();
                  String rowProblem =
                      problems.stream()
                          .filter(error -> error.column() == null)
                          .map(ImportError::message)
                          .collect(Collectors.joining(" "));
                  return new Row(row.line(), cells, rowProblem);
                })
            .toList();
    List<Problem> errors =
        preview.outcome().errors().stream()
            .limit(listed)
            .map(error -> new Problem(error.line(), error.column(), error.message()))
            .toList();
    return new PreviewTable(
        fields.stream().map(CustomerField::column).toList(),
        rows,
        preview.outcome().rows(),
        errors,
        preview.outcome().errorCount());
  }

  /** The table after the import itself refused the file (ids repeated in it, found by the database). */
  PreviewTable refused(List<ImportError> problems, long count, int listed) {
    return new PreviewTable(
        fields,
        rows,
        rowCount,
        problems.stream().limit(listed).map(e -> new Problem(e.line(), e.column(), e.message())).toList(),
        count);
  }

  public boolean isImportable() {
    return errorCount == 0 && rowCount > 0;
  }

  /**
   * One row of the preview.
   *
   * @param problem what is wrong with the row as a whole (e.g. wrong number of fields), or ""
   */
  public record Row(int line, List<Cell> cells, String problem) implements Serializable {
    public Row {
      cells = List.copyOf(cells);
    }

    public boolean isBad() {
      return !problem.isEmpty() || cells.stream().anyMatch(Cell::isBad);
    }
  }

  /** A cell as the file has it, and what is wrong with it ("" when nothing). */
  public record Cell(String value, String problem) implements Serializable {
    public boolean isBad() {
      return !problem.isEmpty();
    }
  }

  /** One error of the file: line (the header is line 1), field column name or null, message. */
  public record Problem(int line, String column, String message) implements Serializable {}
}
