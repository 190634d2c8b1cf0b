package com.tierwise.customer.csv;

import java.util.Locale;
import java.util.Optional;

/** The columns of a customer import file, named as in the acceptance interface. */
public enum CustomerField {
    EXTERNAL_ID("external_id"),
    NAME("name"),
    BUSINESS_VALUE("business_value"),
    CX_SCORE("cx_score"),
    REVENUE("revenue"),
    SHARE_OF_WALLET("share_of_wallet"),
    COUNTRY("country"),
    INDUSTRY("industry"),
    SEGMENT("segment"),
    OWNER("owner"),
    EMAIL("email");

    private final String column;

    CustomerField(String column) {
        this.column = column;
    }

    /** The header name of this field in a standard import file. */
    public String column() {
        return column;
    }

    /** Whether every row must give this field a non-empty value. */
    public boolean required() {
        return this == EXTERNAL_ID || this == NAME;
    }

    /**
     * Finds the field for a header cell, ignoring case and surrounding white space. Lower-casing
     * uses {@link Locale#ROOT}: in the Turkish default locale "EXTERNAL_ID" would otherwise become
     * "external_ıd" (dotless i) and never match.
     */
    public static Optional<CustomerField> ofColumn(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String wanted = normalizeHeader(header);
        for (CustomerField field : values()) {
            if (field.column.equals(wanted)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    static String normalizeHeader(String header) {
        return header.strip().toLowerCase(Locale.ROOT);
    }
}
