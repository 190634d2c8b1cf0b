package com.tierwise.customer.csv;

import java.util.List;
import java.util.Set;

/**
 * What reading an import file found.
 *
 * @param rows the data rows read, not counting the header and rows whose cells are all blank
 * @param validRows the rows that passed validation and were handed to the sink
 * @param errors the first {@link CustomerCsvReader#MAX_REPORTED_ERRORS} problems, in file order
 * @param errorCount all problems found, including those not kept in {@code errors}
 * @param columns the fields the file has a column for (an import updates only those)
 */
public record ReadOutcome(
        int rows, int validRows, List<ImportError> errors, int errorCount, Set<CustomerField> columns) {

    public ReadOutcome {
        errors = List.copyOf(errors);
        columns = Set.copyOf(columns);
    }

    /** True when the file had no problem at all, so every row reached the sink. */
    public boolean ok() {
        return errorCount == 0;
    }
}
