package com.tierwise.customer.csv;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Headers chosen by the user in an import wizard; columns that feed no field are ignored. */
final class MappedHeaderSchema implements HeaderSchema {

    private final ColumnMapping mapping;

    MappedHeaderSchema(ColumnMapping mapping) {
        this.mapping = mapping;
    }

    @Override
    public List<CustomerField> fieldsFor(String header) {
        return Arrays.stream(CustomerField.values()).filter(field -> mapping.feeds(field, header)).toList();
    }

    /** Required fields, and every field the user mapped: a mapped column missing from the file is an error. */
    @Override
    public Set<CustomerField> expectedFields() {
        Set<CustomerField> expected = EnumSet.noneOf(CustomerField.class);
        expected.addAll(mapping.asMap().keySet());
        Arrays.stream(CustomerField.values()).filter(CustomerField::required).forEach(expected::add);
        return expected;
    }

    @Override
    public Optional<String> unknownColumnMessage(int position, String header) {
        return Optional.empty();
    }

    @Override
    public String missingColumnMessage(CustomerField field) {
        Optional<String> column = mapping.column(field);
        if (column.isEmpty()) {
            return "No column is mapped to the required field \"" + field.column()
                    + "\"; choose the column of the file that holds it.";
        }
        return "The " + (field.required() ? "required " : "") + "field \"" + field.column() + "\" is mapped to "
                + Messages.quote(column.get()) + ", but the header row has no such column.";
    }

    @Override
    public String duplicateColumnMessage(CustomerField field, List<String> headers, List<Integer> positions) {
        return "The header row has more than one column named "
                + headers.stream().distinct().map(Messages::quote).collect(Collectors.joining(" or "))
                + " (columns " + Messages.joinNumbers(positions) + "), which is mapped to \"" + field.column()
                + "\"; rename one of them so that each field reads one column.";
    }

    @Override
    public String label(CustomerField field, String header) {
        return Messages.quote(header) + " (" + field.column() + ")";
    }
}
