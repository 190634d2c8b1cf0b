package com.tierwise.customer.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The wizard's preview and header reading. */
class ImportPreviewTest {

    private static final ColumnMapping TELCO = ColumnMapping.of(Map.of(
            CustomerField.EXTERNAL_ID, "Customer ID", CustomerField.NAME, "Customer ID",
            CustomerField.BUSINESS_VALUE, "CLTV", CustomerField.CX_SCORE, "Satisfaction Score"));

    @Test
    void thePreviewKeepsTheFirstRowsAsMappedAndValidatesTheWholeFile() throws IOException {
        StringBuilder csv = new StringBuilder("Customer ID,Satisfaction Score,CLTV,Churn Reason\r\n");
        for (int i = 1; i <= 30; i++) {
            csv.append("C-").append(i).append(',').append(i % 5 + 1).append(',')
                    .append(i == 3 || i == 25 ? "lots" : String.valueOf(2000 + i)).append(",\r\n");
        }

        ImportPreview preview = new CustomerCsvReader(TELCO).preview(stream(csv.toString()), 10);

        assertEquals(30, preview.outcome().rows());
        assertEquals(28, preview.outcome().validRows());
        assertEquals(2, preview.outcome().errorCount());
        assertEquals(10, preview.rows().size());
        ImportPreview.Row first = preview.rows().get(0);
        assertEquals(2, first.line());
        assertEquals(Map.of(CustomerField.EXTERNAL_ID, "C-1", CustomerField.NAME, "C-1",
                CustomerField.BUSINESS_VALUE, "2001", CustomerField.CX_SCORE, "2"), first.cells());
        // line 4 is C-3 with "lots" in CLTV: shown in the preview, and its cell is marked
        assertEquals("lots", preview.rows().get(2).cells().get(CustomerField.BUSINESS_VALUE));
        assertEquals(Set.of("business_value"), preview.badColumnsOn(4));
        assertEquals(Set.of(), preview.badColumnsOn(2));
        assertEquals(List.of(4, 26), preview.outcome().errors().stream().map(ImportError::line).toList());
        assertFalse(preview.importable());
    }

    @Test
    void aCleanFileIsImportable() throws IOException {
        ImportPreview preview = new CustomerCsvReader(TELCO)
                .preview(stream("Customer ID,Satisfaction Score,CLTV\n8779-QRDMV,3,5433\n"), 10);

        assertTrue(preview.importable());
        assertEquals(1, preview.rows().size());
    }

    @Test
    void aFileWithOnlyAHeaderIsNotImportable() throws IOException {
        assertFalse(new CustomerCsvReader(TELCO).preview(stream("Customer ID,Satisfaction Score,CLTV\n"), 10).importable());
    }

    @Test
    void theHeaderIsReadForTheMappingStep() throws IOException {
        FileHeader header = CustomerCsvReader.header(stream("\uFEFFCustomer ID, CLTV ,\"Lat, Long\"\r\n1,2,3\r\n"));

        assertEquals(List.of("Customer ID", "CLTV", "Lat, Long"), header.columns());
        assertTrue(header.problemIfAny().isEmpty());
    }

    @Test
    void aHeaderInAnotherEncodingIsAClearProblem() throws IOException {
        byte[] windows1254 = "Müşteri No,Ad\n1,x\n".getBytes(java.nio.charset.Charset.forName("windows-1254"));

        FileHeader header = CustomerCsvReader.header(new ByteArrayInputStream(windows1254));

        assertEquals(List.of(), header.columns());
        assertEquals(1, header.problem().line());
        assertTrue(header.problem().message().startsWith("The file is not valid UTF-8 (line 1)."), header.problem().message());
    }

    @Test
    void anEmptyFileHasNoHeader() throws IOException {
        assertEquals("The file is empty; a header row is required.",
                CustomerCsvReader.header(stream("")).problem().message());
    }

    private static ByteArrayInputStream stream(String csv) {
        return new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
    }
}
