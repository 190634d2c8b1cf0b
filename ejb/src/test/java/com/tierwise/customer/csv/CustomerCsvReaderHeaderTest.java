package com.tierwise.customer.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Header rules, reported on line 1, and the import wizard's own header names. */
class CustomerCsvReaderHeaderTest {

    private static final String ALLOWED = "Allowed columns: external_id, name, business_value, cx_score, revenue, "
            + "share_of_wallet, country, industry, segment, owner, email.";

    @Test
    void emptyFileNeedsAHeaderRow() {
        ReadOutcome expected = new ReadOutcome(0, 0,
                List.of(new ImportError(1, null, "The file is empty; a header row is required.")), 1, java.util.Set.of());

        assertEquals(expected, CsvReading.of("").outcome());
        assertEquals(expected, CsvReading.of("\uFEFF").outcome());
    }

    @Test
    void blankFirstLineIsNotAHeader() {
        CsvReading reading = CsvReading.of("\nexternal_id,name\nC-1,Acme\n");

        assertEquals(new ImportError(1, null, "The header row (line 1) is empty; it must name the columns, "
                + "for example: external_id,name,business_value,cx_score"), reading.onlyError());
        assertEquals(List.of(), reading.records());
    }

    @Test
    void missingRequiredColumnsAreEachReported() {
        CsvReading reading = CsvReading.of("business_value,cx_score\n10,8\n");

        assertEquals(List.of(
                new ImportError(1, "external_id", "The required column \"external_id\" is missing from the header row."),
                new ImportError(1, "name", "The required column \"name\" is missing from the header row.")),
                reading.errors());
        assertEquals(new ReadOutcome(0, 0, reading.errors(), 2, reading.outcome().columns()), reading.outcome());
        assertEquals(List.of(), reading.records());
    }

    @Test
    void duplicateColumnIsReportedEvenWhenSpelledDifferently() {
        CsvReading reading = CsvReading.of("external_id,name,Name,cx_score\nC-1,Acme,Acme,8\n");

        assertEquals(new ImportError(1, "name", "The column \"name\" appears more than once in the header row "
                + "(columns 2 and 3); each column may appear only once."), reading.onlyError());
        assertEquals(List.of(), reading.records());
    }

    @Test
    void unknownColumnIsReportedWithTheAllowedColumns() {
        CsvReading reading = CsvReading.of("external_id,name,Revenue (USD),\nC-1,Acme,10,\n");

        assertEquals(List.of(
                new ImportError(1, "Revenue (USD)", "The column \"Revenue (USD)\" (column 3) is not known. " + ALLOWED),
                new ImportError(1, null, "Column 4 of the header row has no name. " + ALLOWED)),
                reading.errors());
        assertEquals(List.of(), reading.records());
    }

    @Test
    void allHeaderProblemsAreReportedTogether() {
        CsvReading reading = CsvReading.of("name,NAME,segmnet\nAcme,Acme,SMB\n");

        assertEquals(List.of("segmnet", "name", "external_id"),
                reading.errors().stream().map(ImportError::column).toList());
        assertEquals(List.of(1, 1, 1), reading.errors().stream().map(ImportError::line).toList());
    }

    @Test
    void upperCaseHeadersMatchUnderTheTurkishDefaultLocale() {
        DefaultLocale.runWith(new Locale("tr", "TR"), () -> {
            CsvReading reading = CsvReading.of("EXTERNAL_ID,NAME,BUSINESS_VALUE,INDUSTRY,COUNTRY,EMAIL\n"
                    + "C-1,İnci Işıl,1.5,İmalat,ie,info@inci.example\n");

            assertEquals(List.of(), reading.errors());
            CustomerRecord record = reading.onlyRecord();
            assertEquals("İnci Işıl", record.name());
            assertEquals(new BigDecimal("1.500000"), record.businessValue());
            assertEquals("İmalat", record.industry());
            // "ie".toUpperCase() in Turkish is "İE", which is no country code
            assertEquals("IE", record.country());
        });
    }

    @Test
    void wizardMappingReadsTheUsersOwnHeadersAndIgnoresUnmappedColumns() {
        CustomerCsvReader reader = new CustomerCsvReader(wizardMapping());
        CsvReading reading = CsvReading.of(reader, "Notes,satisfaction score , CUSTOMER ID,Customer Name,CLTV,Region\n"
                + "\"anything, really\",9.5,C-1,Acme Ltd,250000.75,EMEA\n");

        assertEquals(List.of(), reading.errors());
        assertEquals(new CustomerRecord(2, "C-1", "Acme Ltd", new BigDecimal("250000.750000"),
                new BigDecimal("9.500000"), null, null, null, null, null, null, null), reading.onlyRecord());
    }

    @Test
    void wizardMessagesNameTheUsersHeaderAndTheField() {
        CustomerCsvReader reader = new CustomerCsvReader(wizardMapping());
        CsvReading reading = CsvReading.of(reader, "Customer ID,Customer Name,CLTV,Satisfaction Score\nC-1,Acme,\"12,5\",4\n");

        assertEquals(new ImportError(2, "business_value",
                "\"CLTV\" (business_value) must be a decimal number such as 1234.56 or -80; found \"12,5\""),
                reading.onlyError());
    }

    @Test
    void wizardReportsAMappedRequiredColumnMissingFromTheFile() {
        CustomerCsvReader reader = new CustomerCsvReader(wizardMapping());
        CsvReading reading = CsvReading.of(reader, "Customer ID,CLTV,Satisfaction Score\nC-1,5,3\n");

        assertEquals(new ImportError(1, "name", "The required field \"name\" is mapped to \"Customer Name\", "
                + "but the header row has no such column."), reading.onlyError());
    }

    @Test
    void wizardReportsAMappedOptionalColumnMissingFromTheFile() {
        CustomerCsvReader reader = new CustomerCsvReader(wizardMapping());
        CsvReading reading = CsvReading.of(reader, "Customer ID,Customer Name,CLTV\nC-1,Acme,5\n");

        assertEquals(new ImportError(1, "cx_score", "The field \"cx_score\" is mapped to \"Satisfaction Score\", "
                + "but the header row has no such column."), reading.onlyError());
    }

    @Test
    void wizardReportsARequiredFieldWithNoMapping() {
        CustomerCsvReader reader = new CustomerCsvReader(ColumnMapping.of(Map.of(CustomerField.EXTERNAL_ID, "Customer ID")));
        CsvReading reading = CsvReading.of(reader, "Customer ID,Customer Name\nC-1,Acme\n");

        assertEquals(new ImportError(1, "name", "No column is mapped to the required field \"name\"; "
                + "choose the column of the file that holds it."), reading.onlyError());
    }

    @Test
    void wizardReportsAMappedHeaderThatTheFileHasTwice() {
        CsvReading reading = CsvReading.of(new CustomerCsvReader(wizardMapping()),
                "Customer ID,Customer Name,customer name,CLTV,Satisfaction Score\nC-1,Acme,Acme Ltd,1,2\n");

        assertEquals(new ImportError(1, "name", "The header row has more than one column named "
                + "\"Customer Name\" or \"customer name\" (columns 2 and 3), which is mapped to \"name\"; "
                + "rename one of them so that each field reads one column."), reading.onlyError());
    }

    @Test
    void oneColumnFeedsTwoFields() {
        // The IBM telco status file has no name column: its id serves as the name too.
        Map<CustomerField, String> mapping = new LinkedHashMap<>();
        mapping.put(CustomerField.EXTERNAL_ID, "Customer ID");
        mapping.put(CustomerField.NAME, "customer id");
        mapping.put(CustomerField.BUSINESS_VALUE, "CLTV");
        mapping.put(CustomerField.CX_SCORE, "Satisfaction Score");
        CsvReading reading = CsvReading.of(new CustomerCsvReader(ColumnMapping.of(mapping)),
                "Customer ID,Count,Quarter,Satisfaction Score,CLTV\r\n8779-QRDMV,1,Q3,3,5433\r\n");

        assertEquals(List.of(), reading.errors());
        assertEquals(new CustomerRecord(2, "8779-QRDMV", "8779-QRDMV", new BigDecimal("5433.000000"),
                new BigDecimal("3.000000"), null, null, null, null, null, null, null), reading.onlyRecord());
        assertEquals(java.util.Set.of(CustomerField.EXTERNAL_ID, CustomerField.NAME, CustomerField.BUSINESS_VALUE,
                CustomerField.CX_SCORE), reading.outcome().columns());
    }

    @Test
    void aBadCellInAColumnFeedingTwoFieldsIsReportedForEachField() {
        Map<CustomerField, String> mapping = Map.of(CustomerField.EXTERNAL_ID, "Code", CustomerField.NAME, "Code");
        CsvReading reading = CsvReading.of(new CustomerCsvReader(ColumnMapping.of(mapping)), "Code,x\n,1\n");

        assertEquals(List.of("external_id", "name"), reading.errors().stream().map(ImportError::column).toList());
    }

    private static ColumnMapping wizardMapping() {
        Map<CustomerField, String> mapping = new LinkedHashMap<>();
        mapping.put(CustomerField.EXTERNAL_ID, "Customer ID");
        mapping.put(CustomerField.NAME, "Customer Name");
        mapping.put(CustomerField.BUSINESS_VALUE, "CLTV");
        mapping.put(CustomerField.CX_SCORE, "Satisfaction Score");
        return ColumnMapping.of(mapping);
    }
}
