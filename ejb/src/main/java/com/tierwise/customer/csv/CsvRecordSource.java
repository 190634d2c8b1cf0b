package com.tierwise.customer.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** The records of a UTF-8 CSV stream, one at a time, stopping at the first unreadable one. */
final class CsvRecordSource {

    /** Far above any genuine record; stops an unclosed quote from loading the rest of the file. */
    static final int MAX_RECORD_CHARS = 1_000_000;

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            // keep empty lines as records so record numbers stay equal to spreadsheet rows
            .setIgnoreEmptyLines(false)
            // cells are trimmed anyway; this also accepts spaces around a quoted value:  "a, b"  ,
            .setIgnoreSurroundingSpaces(true)
            .get();

    private final StrictUtf8Reader decoder;
    private final RecordLengthGuard input;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;

    /** The stream is never closed here: it belongs to the caller. */
    CsvRecordSource(InputStream utf8) throws IOException {
        this.decoder = new StrictUtf8Reader(utf8);
        this.input = new RecordLengthGuard(decoder, MAX_RECORD_CHARS);
        this.parser = FORMAT.parse(input);
        this.records = parser.iterator();
    }

    /**
     * The next record, or null at the end of the input.
     *
     * @throws UnreadableRecordException when the next record is not valid UTF-8 or not valid CSV
     * @throws IOException when the stream itself fails
     */
    CSVRecord next() throws IOException, UnreadableRecordException {
        boolean hasNext = parseNext();
        // Invalid bytes end the decoded stream, so the parser has just finished a record cut short
        // by them, or found no record at all. After a bare CR it may also have finished a complete
        // record while looking for a LF: then the bad bytes start the following record.
        if (decoder.failure() != null && !(hasNext && decoder.failedAfterLineBreak())) {
            int line = Math.toIntExact(hasNext ? parser.getRecordNumber() : parser.getRecordNumber() + 1);
            throw new UnreadableRecordException(line, decoder.failure());
        }
        if (!hasNext) {
            return null;
        }
        CSVRecord record = records.next();
        input.startRecord();
        return record;
    }

    private boolean parseNext() throws IOException, UnreadableRecordException {
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) { // how the parser's iterator reports I/O failures
            IOException failure = e.getCause();
            int line = Math.toIntExact(parser.getRecordNumber() + 1);
            if (decoder.failure() != null) {
                // e.g. "EOF inside quotes": the parser saw the early end, not the real cause
                throw new UnreadableRecordException(line, decoder.failure());
            }
            if (failure instanceof CSVException || failure instanceof RecordLengthGuard.RecordTooLongException) {
                throw new UnreadableRecordException(line, failure);
            }
            throw failure;
        }
    }
}
