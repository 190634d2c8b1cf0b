package com.tierwise.customer.csv;

import java.nio.charset.CharacterCodingException;

/** Words the reason a record could not be read as a problem for the person who made the file. */
final class InputProblems {

    private InputProblems() {
    }

    static String describe(UnreadableRecordException problem) {
        int line = problem.line();
        Throwable cause = problem.getCause();
        if (cause instanceof CharacterCodingException) {
            return "The file is not valid UTF-8 (line " + line + "). Save it as UTF-8, for example with Excel's "
                    + "\"CSV UTF-8 (Comma delimited)\" format; exports from Excel in Turkish Windows (Windows-1254) "
                    + "or Arabic Windows (Windows-1256) must be converted first. Reading stopped here.";
        }
        if (cause instanceof RecordLengthGuard.RecordTooLongException) {
            return "Line " + line + " is longer than " + CsvRecordSource.MAX_RECORD_CHARS
                    + " characters, which usually means a double quote is not closed. Reading stopped here.";
        }
        return "Line " + line + " is not valid CSV: " + csvProblem(cause.getMessage()) + " Reading stopped here.";
    }

    // The cause is a CSVException; Commons CSV has no error codes, so its messages are matched; others get a general hint.
    private static String csvProblem(String parserMessage) {
        String message = parserMessage == null ? "" : parserMessage;
        if (message.contains("EOF reached before encapsulated token finished")) {
            return "a value starts with a double quote that is never closed.";
        }
        if (message.contains("Invalid character between encapsulated token and delimiter")) {
            return "a quoted value is followed by other text before the next comma. Put the whole value "
                    + "in double quotes and double every quote inside it, for example \"12\"\" screen\".";
        }
        return "check the double quotes on this line.";
    }
}
