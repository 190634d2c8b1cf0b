package com.tierwise.customer.csv;

/**
 * The file cannot be read past a record: its bytes are not UTF-8, its quoting is broken, or it
 * is absurdly long. Not an {@link java.io.IOException}, so it is never mistaken for a failing stream.
 */
final class UnreadableRecordException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int line;

    UnreadableRecordException(int line, Exception cause) {
        super("record " + line + " cannot be read", cause);
        this.line = line;
    }

    /** The line number of the record, counting the header as line 1. */
    int line() {
        return line;
    }
}
