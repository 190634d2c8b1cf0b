package com.tierwise.customer.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Large files flow through the sink row by row while the input is still being produced. */
class CustomerCsvReaderStreamingTest {

    private static final int ROWS = 200_000;

    @Test
    void streamsTwoHundredThousandRowsWithoutCollectingThem() throws IOException {
        // row i: business_value cycles through -500..499, cx_score is unknown on every tenth row
        GeneratedCsvStream input = new GeneratedCsvStream("external_id,name,business_value,cx_score,country", ROWS,
                i -> "C-" + i + ",\"Müşteri " + i + ", شركة\"," + (i % 1000 - 500) + "," + (i % 10 == 0 ? "" : i % 11) + ",tr");
        RunningTotals totals = new RunningTotals(input);

        ReadOutcome outcome = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> new CustomerCsvReader().read(input, totals::add));

        assertEquals(new ReadOutcome(ROWS, ROWS, List.of(), 0, outcome.columns()), outcome);
        assertEquals(ROWS, totals.count);
        assertEquals(new BigDecimal("-100000.000000"), totals.businessValueSum);
        assertEquals(ROWS / 10, totals.unknownCxScores);
        assertEquals(ROWS + 1, totals.lastLine);
        assertEquals("C-200000", totals.lastExternalId);
        assertEquals("Müşteri 200000, شركة", totals.lastName);
        assertTrue(totals.rowsGeneratedAtFirstRecord < 1_000,
                "the first row reached the sink only after " + totals.rowsGeneratedAtFirstRecord + " rows were generated");
    }

    /** Keeps only running figures, so the test itself holds no rows. */
    private static final class RunningTotals {
        private final GeneratedCsvStream input;
        private int count;
        private BigDecimal businessValueSum = BigDecimal.ZERO;
        private int unknownCxScores;
        private int lastLine;
        private String lastExternalId;
        private String lastName;
        private int rowsGeneratedAtFirstRecord = -1;

        RunningTotals(GeneratedCsvStream input) {
            this.input = input;
        }

        void add(CustomerRecord record) {
            if (count == 0) {
                rowsGeneratedAtFirstRecord = input.rowsGenerated();
            }
            count++;
            businessValueSum = businessValueSum.add(record.businessValue());
            if (record.cxScore() == null) {
                unknownCxScores++;
            }
            if (record.line() != lastLine + 1 && lastLine != 0) {
                throw new AssertionError("line " + record.line() + " follows line " + lastLine);
            }
            lastLine = record.line();
            lastExternalId = record.externalId();
            lastName = record.name();
        }
    }
}
