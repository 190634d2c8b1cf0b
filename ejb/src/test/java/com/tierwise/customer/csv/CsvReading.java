package com.tierwise.customer.csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Test helper: reads a CSV given as text or bytes and keeps what reached the sink. */
record CsvReading(ReadOutcome outcome, List<CustomerRecord> records) {

    static CsvReading of(String csv) {
        return of(new CustomerCsvReader(), csv);
    }

    static CsvReading of(CustomerCsvReader reader, String csv) {
        return of(reader, csv.getBytes(StandardCharsets.UTF_8));
    }

    static CsvReading of(byte[] csv) {
        return of(new CustomerCsvReader(), csv);
    }

    static CsvReading of(CustomerCsvReader reader, byte[] csv) {
        List<CustomerRecord> records = new ArrayList<>();
        try {
            ReadOutcome outcome = reader.read(new ByteArrayInputStream(csv), records::add);
            return new CsvReading(outcome, records);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<ImportError> errors() {
        return outcome.errors();
    }

    CustomerRecord onlyRecord() {
        if (records.size() != 1) {
            throw new AssertionError("expected exactly one record but got " + records + " and errors " + errors());
        }
        return records.get(0);
    }

    ImportError onlyError() {
        if (errors().size() != 1) {
            throw new AssertionError("expected exactly one error but got " + errors());
        }
        return errors().get(0);
    }
}
