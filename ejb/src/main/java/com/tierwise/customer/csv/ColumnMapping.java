package com.tierwise.customer.csv;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which column of a user's file feeds each of our fields, as chosen in the import wizard.
 *
 * <p>The mapping goes from field to column, not the other way round: each field picks at most one
 * column, and one column may feed several fields. That is what a file without a name column needs
 * (the IBM telco sample maps {@code Customer ID} to both external_id and name), and it is the
 * natural form of the wizard (one drop-down of the file's columns per field). Column names are
 * compared ignoring case and surrounding white space, as headers always are.
 *
 * <p>Immutable.
 */
public final class ColumnMapping {

    private final Map<CustomerField, String> columns;

    private ColumnMapping(Map<CustomerField, String> columns) {
        this.columns = Collections.unmodifiableMap(columns);
    }

    /**
     * @param columns field to the header of the file's column; fields left out (or mapped to a
     *     blank header) are not imported
     */
    public static ColumnMapping of(Map<CustomerField, String> columns) {
        Objects.requireNonNull(columns, "columns");
        Map<CustomerField, String> copy = new EnumMap<>(CustomerField.class);
        columns.forEach((field, header) -> {
            Objects.requireNonNull(field, "column mapping contains a null field");
            if (header != null && !header.isBlank()) {
                copy.put(field, header.strip());
            }
        });
        return new ColumnMapping(copy);
    }

    /** The header of the column that feeds the field, if any. */
    public Optional<String> column(CustomerField field) {
        return Optional.ofNullable(columns.get(field));
    }

    /** Field to header, in field order. */
    public Map<CustomerField, String> asMap() {
        return columns;
    }

    /** The required fields no column feeds, in field order; empty when the mapping can be used. */
    public List<CustomerField> unmappedRequiredFields() {
        return java.util.Arrays.stream(CustomerField.values())
                .filter(field -> field.required() && !columns.containsKey(field))
                .toList();
    }

    /** True when the field is fed by the column with this header (ignoring case and spaces). */
    boolean feeds(CustomerField field, String header) {
        String mapped = columns.get(field);
        return mapped != null && CustomerField.normalizeHeader(mapped).equals(CustomerField.normalizeHeader(header));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ColumnMapping mapping && columns.equals(mapping.columns);
    }

    @Override
    public int hashCode() {
        return columns.hashCode();
    }

    @Override
    public String toString() {
        return "ColumnMapping" + columns;
    }
}
