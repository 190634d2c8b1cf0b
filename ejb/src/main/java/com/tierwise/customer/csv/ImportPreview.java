package com.tierwise.customer.csv;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A whole file read and validated with a mapping, and the cells of its first rows as mapped.
 *
 * @param outcome the validation of every row (row count, first errors, error count)
 * @param rows the first data rows as the mapping reads them, valid or not
 */
public record ImportPreview(ReadOutcome outcome, List<Row> rows) {

    public ImportPreview {
        rows = List.copyOf(rows);
    }

    /**
     * One data row of the preview.
     *
     * @param line the line number, counting the header as line 1
     * @param cells the cell of each mapped field
     */
    public record Row(int line, Map<CustomerField, String> cells) {
        public Row {
            cells = Map.copyOf(cells);
        }
    }

    /** The errors of one line, by field column name (null for whole-row problems). */
    public List<ImportError> errorsOn(int line) {
        return outcome.errors().stream().filter(error -> error.line() == line).toList();
    }

    /** The field column names with an error on that line, for highlighting. */
    public Set<String> badColumnsOn(int line) {
        return errorsOn(line).stream()
                .map(ImportError::column)
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Whether the file can be imported as it is. */
    public boolean importable() {
        return outcome.ok() && outcome.rows() > 0;
    }
}
