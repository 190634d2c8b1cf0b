package com.tierwise.customer.csv;

import static com.tierwise.customer.csv.CustomerField.BUSINESS_VALUE;
import static com.tierwise.customer.csv.CustomerField.COUNTRY;
import static com.tierwise.customer.csv.CustomerField.CX_SCORE;
import static com.tierwise.customer.csv.CustomerField.EMAIL;
import static com.tierwise.customer.csv.CustomerField.EXTERNAL_ID;
import static com.tierwise.customer.csv.CustomerField.INDUSTRY;
import static com.tierwise.customer.csv.CustomerField.NAME;
import static com.tierwise.customer.csv.CustomerField.OWNER;
import static com.tierwise.customer.csv.CustomerField.REVENUE;
import static com.tierwise.customer.csv.CustomerField.SEGMENT;
import static com.tierwise.customer.csv.CustomerField.SHARE_OF_WALLET;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;

/** Checks the cells of one data row and reports every bad cell, one problem per cell. */
final class RowValidator {

    static final int MAX_EXTERNAL_ID_LENGTH = 64;
    static final int MAX_NAME_LENGTH = 300;
    static final int MAX_TEXT_LENGTH = 100;
    static final int MAX_EMAIL_LENGTH = 254;

    private static final Set<String> COUNTRY_CODES = Set.of(Locale.getISOCountries());

    private final ColumnLayout columns;
    private final ImportErrors errors;

    RowValidator(ColumnLayout columns, ImportErrors errors) {
        this.columns = columns;
        this.errors = errors;
    }

    /** The row as a record, or empty when at least one cell was reported as bad. */
    Optional<CustomerRecord> validate(int line, CSVRecord cells) {
        Row row = new Row(line, cells);
        CustomerRecord record = new CustomerRecord(
                line,
                row.requiredText(EXTERNAL_ID, MAX_EXTERNAL_ID_LENGTH),
                row.requiredText(NAME, MAX_NAME_LENGTH),
                row.decimal(BUSINESS_VALUE),
                row.decimal(CX_SCORE),
                row.decimal(REVENUE),
                row.decimal(SHARE_OF_WALLET),
                row.country(),
                row.optionalText(INDUSTRY, MAX_TEXT_LENGTH),
                row.optionalText(SEGMENT, MAX_TEXT_LENGTH),
                row.optionalText(OWNER, MAX_TEXT_LENGTH),
                row.email());
        return row.valid ? Optional.of(record) : Optional.empty();
    }

    /** One row being checked; every method returns null for an empty or bad cell. */
    private final class Row {
        private final int line;
        private final CSVRecord cells;
        private boolean valid = true;

        Row(int line, CSVRecord cells) {
            this.line = line;
            this.cells = cells;
        }

        String requiredText(CustomerField field, int maxLength) {
            String text = text(field);
            if (text.isEmpty()) {
                reject(field, "is required but the cell is empty.");
                return null;
            }
            return checkLength(field, text, maxLength);
        }

        String optionalText(CustomerField field, int maxLength) {
            String text = text(field);
            return text.isEmpty() ? null : checkLength(field, text, maxLength);
        }

        BigDecimal decimal(CustomerField field) {
            String text = text(field);
            if (text.isEmpty()) {
                return null; // unknown, never zero
            }
            Optional<BigDecimal> parsed = DecimalCells.parse(text);
            if (parsed.isEmpty()) {
                reject(field, "must be a decimal number such as " + example(field) + "; found " + Messages.quote(text));
                return null;
            }
            BigDecimal exact = parsed.get();
            // checked before and after rounding: 999999999999999999.9999999 rounds up to 19 digits
            if (DecimalCells.integerDigits(exact) > DecimalCells.MAX_INTEGER_DIGITS
                    || DecimalCells.integerDigits(DecimalCells.round(exact)) > DecimalCells.MAX_INTEGER_DIGITS) {
                reject(field, "must have at most " + DecimalCells.MAX_INTEGER_DIGITS
                        + " digits before the decimal point; found " + Messages.quote(text));
                return null;
            }
            Optional<String> rangeProblem = rangeProblem(field, exact);
            if (rangeProblem.isPresent()) {
                reject(field, rangeProblem.get() + "; found " + Messages.quote(text));
                return null;
            }
            return DecimalCells.round(exact);
        }

        String country() {
            String text = text(COUNTRY);
            if (text.isEmpty()) {
                return null;
            }
            String code = text.toUpperCase(Locale.ROOT);
            if (!COUNTRY_CODES.contains(code)) {
                reject(COUNTRY, "must be a two-letter ISO 3166 country code such as TR, US or DE; found "
                        + Messages.quote(text));
                return null;
            }
            return code;
        }

        String email() {
            String text = text(EMAIL);
            if (text.isEmpty()) {
                return null;
            }
            if (checkLength(EMAIL, text, MAX_EMAIL_LENGTH) == null) {
                return null;
            }
            if (!EmailAddresses.looksValid(text)) {
                reject(EMAIL, "must be an email address such as name@example.com; found " + Messages.quote(text));
                return null;
            }
            return text;
        }

        private String checkLength(CustomerField field, String text, int maxLength) {
            int length = text.codePointCount(0, text.length());
            if (length <= maxLength) {
                return text;
            }
            String limit = field.required() ? "1 to " + maxLength : "at most " + maxLength;
            reject(field, "must be " + limit + " characters long; found " + length + " characters");
            return null;
        }

        private String text(CustomerField field) {
            int index = columns.indexOf(field);
            return index < 0 ? "" : cells.get(index).strip();
        }

        private void reject(CustomerField field, String problem) {
            valid = false;
            errors.add(line, field.column(), columns.label(field) + " " + problem);
        }
    }

    private static String example(CustomerField field) {
        return switch (field) {
            case BUSINESS_VALUE -> "1234.56 or -80";
            case CX_SCORE -> "8.5";
            case SHARE_OF_WALLET -> "0.35";
            default -> "1234.56";
        };
    }

    private static Optional<String> rangeProblem(CustomerField field, BigDecimal value) {
        return switch (field) {
            case REVENUE -> value.signum() < 0
                    ? Optional.of("must be zero or more")
                    : Optional.empty();
            case SHARE_OF_WALLET -> value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0
                    ? Optional.of("must be between 0 and 1 (for example 0.35 for 35%)")
                    : Optional.empty();
            default -> Optional.empty();
        };
    }
}
