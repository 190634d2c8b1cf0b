package com.tierwise.customer.csv;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The documented import format: headers are the field column names, nothing else allowed. */
final class StandardHeaderSchema implements HeaderSchema {

    private static final String ALLOWED_COLUMNS = Arrays.stream(CustomerField.values())
            .map(CustomerField::column)
            .collect(Collectors.joining(", "));

    private static final Set<CustomerField> REQUIRED = Arrays.stream(CustomerField.values())
            .filter(CustomerField::required)
            .collect(Collectors.toUnmodifiableSet());

    @Override
    public List<CustomerField> fieldsFor(String header) {
        return CustomerField.ofColumn(header).stream().toList();
    }

    @Override
    public Set<CustomerField> expectedFields() {
        return REQUIRED;
    }

    @Override
    public Optional<String> unknownColumnMessage(int position, String header) {
        String problem = header.isEmpty()
                ? "Column " + position + " of the header row has no name."
                : "The column " + Messages.quote(header) + " (column " + position + ") is not known.";
        return Optional.of(problem + " Allowed columns: " + ALLOWED_COLUMNS + ".");
    }

    @Override
    public String missingColumnMessage(CustomerField field) {
        return "The required column \"" + field.column() + "\" is missing from the header row.";
    }

    @Override
    public String duplicateColumnMessage(CustomerField field, List<String> headers, List<Integer> positions) {
        return "The column \"" + field.column() + "\" appears more than once in the header row (columns "
                + Messages.joinNumbers(positions) + "); each column may appear only once.";
    }

    @Override
    public String label(CustomerField field, String header) {
        return "\"" + field.column() + "\"";
    }
}
