package com.tierwise.customer.csv;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a customer import file (UTF-8 CSV, RFC 4180 quoting, header row required) in one pass,
 * validating every cell. Memory use does not grow with the file: rows go to the sink as they are
 * read, and only the first {@link #MAX_REPORTED_ERRORS} problems are kept.
 *
 * <p>Line numbers count records, the header being line 1, like rows in a spreadsheet; a quoted
 * value spanning several physical lines still counts as one.
 *
 * <p>Instances are immutable and may be shared between threads.
 */
public final class CustomerCsvReader {

    /** Problems beyond this many are counted in {@link ReadOutcome#errorCount()} but not kept. */
    public static final int MAX_REPORTED_ERRORS = 10_000;

    private static final int HEADER_LINE = 1;

    private final HeaderSchema schema;

    /** Reads files whose header names are the standard column names; other columns are errors. */
    public CustomerCsvReader() {
        this.schema = new StandardHeaderSchema();
    }

    /**
     * Reads files with the user's own header names, for an import wizard.
     *
     * @param headerMapping source header (compared ignoring case and surrounding spaces) to field;
     *     columns of the file not in the mapping are ignored
     * @throws IllegalArgumentException when two spellings of one header map to different fields
     */
    public CustomerCsvReader(Map<String, CustomerField> headerMapping) {
        this.schema = new MappedHeaderSchema(Objects.requireNonNull(headerMapping, "headerMapping"));
    }

    /**
     * Streams the input once; calls sink for every VALID row in order; returns the outcome. Never
     * loads the whole file in memory.
     *
     * <p>Invalid rows are reported and skipped, so the sink may have received rows even when the
     * outcome is not {@link ReadOutcome#ok() ok}: an all-or-nothing import must discard them then.
     * Reading stops at the first record that is not valid UTF-8 or not valid CSV, which is
     * reported as a problem on that line. The stream is not closed.
     *
     * @throws IOException when the stream itself fails; problems with its content never throw
     */
    public ReadOutcome read(InputStream utf8Csv, Consumer<CustomerRecord> sink) throws IOException {
        Objects.requireNonNull(utf8Csv, "utf8Csv");
        Objects.requireNonNull(sink, "sink");
        ImportErrors errors = new ImportErrors(MAX_REPORTED_ERRORS);
        RowCounter counter = new RowCounter();
        CsvRecordSource records = new CsvRecordSource(utf8Csv);
        try {
            readRecords(records, errors, counter, sink);
        } catch (UnreadableRecordException e) {
            errors.add(e.line(), null, InputProblems.describe(e));
        }
        return new ReadOutcome(counter.rows, counter.validRows, errors.kept(), errors.count(), counter.columns);
    }

    private void readRecords(CsvRecordSource records, ImportErrors errors, RowCounter counter,
            Consumer<CustomerRecord> sink) throws IOException, UnreadableRecordException {
        Optional<ColumnLayout> columns = readHeader(records, errors);
        if (columns.isEmpty()) {
            return;
        }
        counter.columns = columns.get().fields();
        int width = columns.get().width();
        RowValidator validator = new RowValidator(columns.get(), errors);
        for (CSVRecord record = records.next(); record != null; record = records.next()) {
            if (isBlank(record)) {
                continue;
            }
            counter.rows++;
            int line = Math.toIntExact(record.getRecordNumber());
            if (record.size() != width) {
                errors.add(line, null, "Wrong number of fields: expected " + width + " fields, found "
                        + record.size() + ". Check for a missing or extra comma, and put values that "
                        + "contain commas in double quotes.");
                continue;
            }
            Optional<CustomerRecord> customer = validator.validate(line, record);
            if (customer.isPresent()) {
                counter.validRows++;
                sink.accept(customer.get());
            }
        }
    }

    private Optional<ColumnLayout> readHeader(CsvRecordSource records, ImportErrors errors)
            throws IOException, UnreadableRecordException {
        CSVRecord header = records.next();
        if (header == null) {
            errors.add(HEADER_LINE, null, "The file is empty; a header row is required.");
            return Optional.empty();
        }
        if (isBlank(header)) {
            errors.add(HEADER_LINE, null, "The header row (line 1) is empty; it must name the columns, "
                    + "for example: external_id,name,business_value,cx_score");
            return Optional.empty();
        }
        return ColumnLayout.resolve(header.toList(), schema, errors);
    }

    private static boolean isBlank(CSVRecord record) {
        for (String cell : record) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static final class RowCounter {
        private java.util.Set<CustomerField> columns = java.util.Set.of();
        private int rows;
        private int validRows;
    }
}
