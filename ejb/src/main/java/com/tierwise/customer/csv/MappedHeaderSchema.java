package com.tierwise.customer.csv;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/** Headers chosen by the user in an import wizard; columns they did not map are ignored. */
final class MappedHeaderSchema implements HeaderSchema {

    private final Map<String, CustomerField> fieldsByHeader = new HashMap<>();
    /** As the caller spelled the headers, for messages. */
    private final Map<String, CustomerField> headerMapping;

    MappedHeaderSchema(Map<String, CustomerField> headerMapping) {
        this.headerMapping = new LinkedHashMap<>(headerMapping);
        headerMapping.forEach((header, field) -> {
            Objects.requireNonNull(header, "header mapping contains a null header");
            Objects.requireNonNull(field, "header mapping of \"" + header + "\" is null");
            String key = CustomerField.normalizeHeader(header);
            CustomerField previous = fieldsByHeader.put(key, field);
            if (previous != null && previous != field) {
                throw new IllegalArgumentException("header \"" + header + "\" is mapped to both "
                        + previous + " and " + field + " (headers are compared ignoring case)");
            }
        });
    }

    @Override
    public Optional<CustomerField> fieldFor(String header) {
        return Optional.ofNullable(fieldsByHeader.get(CustomerField.normalizeHeader(header)));
    }

    @Override
    public Optional<String> unknownColumnMessage(int position, String header) {
        return Optional.empty();
    }

    @Override
    public String missingColumnMessage(CustomerField field) {
        List<String> candidates = headerMapping.entrySet().stream()
                .filter(entry -> entry.getValue() == field)
                .map(Map.Entry::getKey)
                .sorted()
                .collect(Collectors.toList());
        if (candidates.isEmpty()) {
            return "No column is mapped to the required field \"" + field.column()
                    + "\"; choose the column of the file that holds it.";
        }
        return "The required field \"" + field.column() + "\" is mapped to "
                + candidates.stream().map(Messages::quote).collect(Collectors.joining(" or "))
                + ", but the header row has no such column.";
    }

    @Override
    public String duplicateColumnMessage(CustomerField field, List<String> headers, List<Integer> positions) {
        return "The header row has more than one column mapped to \"" + field.column() + "\" ("
                + headers.stream().map(Messages::quote).collect(Collectors.joining(", "))
                + " in columns " + Messages.joinNumbers(positions) + "); map only one column to each field.";
    }

    @Override
    public String label(CustomerField field, String header) {
        return Messages.quote(header) + " (" + field.column() + ")";
    }
}
