package com.tierwise.customer.csv;

import java.util.List;

/**
 * What reading an import file found.
 *
 * @param rows the data rows read, not counting the header and rows whose cells are all blank
 * @param validRows the rows that passed validation and were handed to the sink
 * @param errors the first {@link CustomerCsvReader#MAX_REPORTED_ERRORS} problems, in file order
 * @param errorCount all problems found, including those not kept in {@code errors}
 */
public record ReadOutcome(int rows, int validRows, List<ImportError> errors, int errorCount) {

    public ReadOutcome {
        errors = List.copyOf(errors);
    }

    /** True when the file had no problem at all, so every row reached the sink. */
    public boolean ok() {
        return errorCount == 0;
    }
}
