package com.tierwise.customer.csv;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
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
     * Reads files with the user's own header names, for an import wizard: each field reads the
     * column the mapping names (one column may feed several fields); other columns are ignored.
     */
    public CustomerCsvReader(ColumnMapping mapping) {
        this.schema = new MappedHeaderSchema(Objects.requireNonNull(mapping, "mapping"));
    }

    /**
     * The header row of a file, for a wizard to offer its columns before anything is mapped.
     *
     * @return the header cells (stripped), or the problem that keeps the header from being read
     */
    public static FileHeader header(InputStream utf8Csv) throws IOException {
        Objects.requireNonNull(utf8Csv, "utf8Csv");
        try {
            CSVRecord header = new CsvRecordSource(utf8Csv).next();
            if (header == null || isBlank(header)) {
                return FileHeader.unreadable(new ImportError(HEADER_LINE, null, header == null
                        ? "The file is empty; a header row is required."
                        : "The header row (line 1) is empty; it must name the columns."));
            }
            return FileHeader.of(header.stream().map(String::strip).toList());
        } catch (UnreadableRecordException e) {
            return FileHeader.unreadable(new ImportError(e.line(), null, InputProblems.describe(e)));
        }
    }

    /**
     * Reads and validates the whole file like {@link #read}, keeping the cells of the first rows
     * as the mapping reads them, for a preview. Memory use stays flat in the rows.
     */
    public ImportPreview preview(InputStream utf8Csv, int firstRows) throws IOException {
        Objects.requireNonNull(utf8Csv, "utf8Csv");
        List<ImportPreview.Row> rows = new ArrayList<>();
        ReadOutcome outcome = read(utf8Csv, record -> { }, (line, cells) -> {
            if (rows.size() < firstRows) {
                rows.add(new ImportPreview.Row(line, cells));
            }
        });
        return new ImportPreview(outcome, rows);
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
        return read(utf8Csv, sink, null);
    }

    private ReadOutcome read(InputStream utf8Csv, Consumer<CustomerRecord> sink, RawRows raw) throws IOException {
        Objects.requireNonNull(utf8Csv, "utf8Csv");
        Objects.requireNonNull(sink, "sink");
        ImportErrors errors = new ImportErrors(MAX_REPORTED_ERRORS);
        RowCounter counter = new RowCounter();
        CsvRecordSource records = new CsvRecordSource(utf8Csv);
        try {
            readRecords(records, errors, counter, sink, raw);
        } catch (UnreadableRecordException e) {
            errors.add(e.line(), null, InputProblems.describe(e));
        }
        return new ReadOutcome(counter.rows, counter.validRows, errors.kept(), errors.count(), counter.columns);
    }

    private void readRecords(CsvRecordSource records, ImportErrors errors, RowCounter counter,
            Consumer<CustomerRecord> sink, RawRows raw) throws IOException, UnreadableRecordException {
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
            if (raw != null) {
                raw.accept(line, columns.get().cells(record));
            }
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

    /** Sees the cells of every data row as the layout reads them, valid or not. */
    @FunctionalInterface
    private interface RawRows {
        void accept(int line, Map<CustomerField, String> cells);
    }

    private static final class RowCounter {
        private java.util.Set<CustomerField> columns = java.util.Set.of();
        private int rows;
        private int validRows;
    }
}
