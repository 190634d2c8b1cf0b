package com.tierwise.customer.csv;

import java.util.List;
import java.util.Optional;

/** How header cells are matched to fields, and how header problems are worded. */
sealed interface HeaderSchema permits StandardHeaderSchema, MappedHeaderSchema {

    /** The field a header cell stands for; empty when the column is not one of ours. */
    Optional<CustomerField> fieldFor(String header);

    /** The problem to report for a header cell with no field, or empty to ignore the column. */
    Optional<String> unknownColumnMessage(int position, String header);

    String missingColumnMessage(CustomerField field);

    String duplicateColumnMessage(CustomerField field, List<String> headers, List<Integer> positions);

    /** How cell messages name the column, e.g. {@code "business_value"}. */
    String label(CustomerField field, String header);
}
