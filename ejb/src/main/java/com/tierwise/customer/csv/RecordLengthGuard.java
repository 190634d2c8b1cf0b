package com.tierwise.customer.csv;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Stops reading when one record grows beyond a limit. The CSV parser keeps a whole record in
 * memory, so without this a single unclosed double quote would pull the rest of a large file into
 * one field. The count is approximate (the parser reads ahead in blocks), which is fine for a
 * limit far above any genuine record.
 */
final class RecordLengthGuard extends FilterReader {

    /** Thrown when a record exceeds the limit; reading cannot sensibly continue after it. */
    static final class RecordTooLongException extends IOException {
        private static final long serialVersionUID = 1L;

        RecordTooLongException(long limit) {
            super("record longer than " + limit + " characters");
        }
    }

    private final long maxRecordChars;
    private long charsSinceRecordStart;

    RecordLengthGuard(Reader in, long maxRecordChars) {
        super(in);
        this.maxRecordChars = maxRecordChars;
    }

    /** Marks the start of the next record; call after each record has been parsed. */
    void startRecord() {
        charsSinceRecordStart = 0;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            count(1);
        }
        return c;
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        int read = super.read(target, offset, length);
        if (read > 0) {
            count(read);
        }
        return read;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    private void count(long chars) throws RecordTooLongException {
        charsSinceRecordStart += chars;
        if (charsSinceRecordStart > maxRecordChars) {
            throw new RecordTooLongException(maxRecordChars);
        }
    }
}
