package com.tierwise.customer.csv;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Pre-fills the wizard's mapping for a file: the mapping saved for its source where the file still
 * has that column, else the column whose header is the field's standard name ("external_id",
 * "External ID", "EXTERNAL-ID"). Never guesses beyond that: "CLTV" is not taken for
 * business_value, the user decides.
 */
public final class MappingSuggestion {

    private MappingSuggestion() {
    }

    /**
     * @param headers the file's header cells
     * @param saved the mapping saved for the file's source, if any
     */
    public static ColumnMapping suggest(List<String> headers, Optional<ColumnMapping> saved) {
        Map<CustomerField, String> columns = new EnumMap<>(CustomerField.class);
        for (CustomerField field : CustomerField.values()) {
            Optional<String> fromSaved = saved.flatMap(mapping -> mapping.column(field))
                    .flatMap(column -> find(headers, CustomerField.normalizeHeader(column), false));
            Optional<String> chosen = fromSaved.isPresent()
                    ? fromSaved
                    : find(headers, loose(field.column()), true);
            chosen.ifPresent(header -> columns.put(field, header));
        }
        return ColumnMapping.of(columns);
    }

    /** The file's own spelling of the first header equal to the wanted one. */
    private static Optional<String> find(List<String> headers, String wanted, boolean loosely) {
        return headers.stream()
                .filter(header -> !header.isBlank())
                .filter(header -> (loosely ? loose(header) : CustomerField.normalizeHeader(header)).equals(wanted))
                .findFirst()
                .map(String::strip);
    }

    /** Case, spaces, underscores and hyphens ignored; Locale.ROOT so "ID" never becomes "ıd". */
    private static String loose(String header) {
        return header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", "");
    }
}
