package com.tierwise.customer.csv;

/**
 * A problem found in an import file, worded for the person who prepared the file.
 *
 * @param line the line number, counting the header as line 1
 * @param column the field's column name (for example "business_value"), the header of an unknown
 *     column, or null when the problem concerns the whole file or row
 * @param message what is wrong and what is expected, as an English sentence
 */
public record ImportError(int line, String column, String message) {
}
