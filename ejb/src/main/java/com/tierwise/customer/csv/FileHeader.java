package com.tierwise.customer.csv;

import java.util.List;
import java.util.Optional;

/**
 * The header row of an uploaded file, or why it cannot be read (not UTF-8, broken quoting, empty).
 *
 * @param columns the header cells, stripped, in file order; empty when {@code problem} is set
 * @param problem what keeps the header from being read, or null
 */
public record FileHeader(List<String> columns, ImportError problem) {

    public FileHeader {
        columns = List.copyOf(columns);
    }

    static FileHeader of(List<String> columns) {
        return new FileHeader(columns, null);
    }

    static FileHeader unreadable(ImportError problem) {
        return new FileHeader(List.of(), problem);
    }

    public Optional<ImportError> problemIfAny() {
        return Optional.ofNullable(problem);
    }
}
