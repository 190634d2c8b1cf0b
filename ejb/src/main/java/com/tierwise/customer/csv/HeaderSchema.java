package com.tierwise.customer.csv;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** How header cells are matched to fields, and how header problems are worded. */
sealed interface HeaderSchema permits StandardHeaderSchema, MappedHeaderSchema {

    /**
     * The fields a header cell feeds, in field order; empty when the column is not one of ours.
     * One column may feed several fields (a wizard mapping {@code Customer ID} to id and name).
     */
    List<CustomerField> fieldsFor(String header);

    /** The fields the header row must have a column for. */
    Set<CustomerField> expectedFields();

    /** The problem to report for a header cell with no field, or empty to ignore the column. */
    Optional<String> unknownColumnMessage(int position, String header);

    String missingColumnMessage(CustomerField field);

    String duplicateColumnMessage(CustomerField field, List<String> headers, List<Integer> positions);

    /** How cell messages name the column, e.g. {@code "business_value"}. */
    String label(CustomerField field, String header);
}
