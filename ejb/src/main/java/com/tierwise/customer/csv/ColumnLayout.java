package com.tierwise.customer.csv;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where each field sits in the rows of one file, worked out from its header row. */
final class ColumnLayout {

    private static final int HEADER_LINE = 1;

    private final int width;
    private final Map<CustomerField, Integer> indexes;
    private final Map<CustomerField, String> labels;

    private ColumnLayout(int width, Map<CustomerField, Integer> indexes, Map<CustomerField, String> labels) {
        this.width = width;
        this.indexes = indexes;
        this.labels = labels;
    }

    /**
     * Matches the header cells to fields, reporting every header problem on line 1.
     *
     * @return the layout, or empty when the header has problems and the rows cannot be read
     */
    static Optional<ColumnLayout> resolve(List<String> headerCells, HeaderSchema schema, ImportErrors errors) {
        Map<CustomerField, List<Integer>> positions = new EnumMap<>(CustomerField.class);
        int errorsBefore = errors.count();
        for (int i = 0; i < headerCells.size(); i++) {
            String header = headerCells.get(i).strip();
            int position = i + 1;
            List<CustomerField> fields = schema.fieldsFor(header);
            for (CustomerField field : fields) {
                positions.computeIfAbsent(field, f -> new ArrayList<>()).add(position);
            }
            if (fields.isEmpty()) {
                schema.unknownColumnMessage(position, header)
                        .ifPresent(message -> errors.add(HEADER_LINE, header.isEmpty() ? null : header, message));
            }
        }
        positions.forEach((field, columns) -> {
            if (columns.size() > 1) {
                List<String> headers = columns.stream().map(p -> headerCells.get(p - 1).strip()).toList();
                errors.add(HEADER_LINE, field.column(), schema.duplicateColumnMessage(field, headers, columns));
            }
        });
        for (CustomerField field : CustomerField.values()) {
            if (schema.expectedFields().contains(field) && !positions.containsKey(field)) {
                errors.add(HEADER_LINE, field.column(), schema.missingColumnMessage(field));
            }
        }
        if (errors.count() > errorsBefore) {
            return Optional.empty();
        }
        Map<CustomerField, Integer> indexes = new EnumMap<>(CustomerField.class);
        Map<CustomerField, String> labels = new EnumMap<>(CustomerField.class);
        positions.forEach((field, columns) -> {
            int index = columns.get(0) - 1;
            indexes.put(field, index);
            labels.put(field, schema.label(field, headerCells.get(index).strip()));
        });
        return Optional.of(new ColumnLayout(headerCells.size(), indexes, labels));
    }

    /** The fields the file has a column for. */
    java.util.Set<CustomerField> fields() {
        return indexes.keySet();
    }

    /** The number of fields every row must have. */
    int width() {
        return width;
    }

    /** The column index of the field, or -1 when the file has no such column. */
    int indexOf(CustomerField field) {
        return indexes.getOrDefault(field, -1);
    }

    /**
     * The stripped cells of a record by field, in field order; a record too short for a field
     * gives it no cell. For previews, not for validation.
     */
    Map<CustomerField, String> cells(org.apache.commons.csv.CSVRecord record) {
        Map<CustomerField, String> cells = new EnumMap<>(CustomerField.class);
        indexes.forEach((field, index) -> {
            if (index < record.size()) {
                cells.put(field, record.get(index).strip());
            }
        });
        return cells;
    }

    /** How messages name the field's column. */
    String label(CustomerField field) {
        return labels.get(field);
    }
}
