package com.tierwise.customer.csv;

import java.util.regex.Pattern;

/** Helpers for writing CSV files that users will open in a spreadsheet. */
public final class CsvCells {

    /** Characters that make a spreadsheet treat a cell as a formula (OWASP "CSV Injection"). */
    private static final String FORMULA_TRIGGERS = "=+-@\t\r";
    /** ASCII only: {@code \d} in Java matches 0-9 unless UNICODE_CHARACTER_CLASS is set. */
    private static final Pattern NEGATIVE_NUMBER = Pattern.compile("-(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

    private CsvCells() {
    }

    /**
     * Makes an exported cell safe to open in a spreadsheet: a cell starting with =, +, -, @, tab or
     * carriage return gets a leading single quote so it is shown as text instead of being run as a
     * formula. Plain negative numbers such as -12.5 are left alone, so they stay numbers.
     *
     * @return the cell, possibly prefixed; null stays null
     */
    public static String formulaSafe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        if (FORMULA_TRIGGERS.indexOf(cell.charAt(0)) < 0 || NEGATIVE_NUMBER.matcher(cell).matches()) {
            return cell;
        }
        return "'" + cell;
    }
}
