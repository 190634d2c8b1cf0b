package com.tierwise.customer.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading well-formed files: format details, header handling, values as stored. */
class CustomerCsvReaderParsingTest {

    private static final String ALL_COLUMNS =
            "external_id,name,business_value,cx_score,revenue,share_of_wallet,country,industry,segment,owner,email\n";

    @Test
    void readsAValidFileWithByteOrderMark() {
        CsvReading reading = CsvReading.of("\uFEFF" + ALL_COLUMNS
                + "C-1,Acme Ltd,1234.56,8.5,1000000,0.35,tr,Retail,Enterprise,ayse,ayse@acme.example\n"
                + "C-2,Beta GmbH,-80,,,,DE,,,,\n");

        assertTrue(reading.outcome().ok(), () -> reading.errors().toString());
        assertEquals(new ReadOutcome(2, 2, List.of(), 0, reading.outcome().columns()), reading.outcome());
        assertEquals(List.of(
                new CustomerRecord(2, "C-1", "Acme Ltd", new BigDecimal("1234.560000"), new BigDecimal("8.500000"),
                        new BigDecimal("1000000.000000"), new BigDecimal("0.350000"), "TR", "Retail", "Enterprise",
                        "ayse", "ayse@acme.example"),
                new CustomerRecord(3, "C-2", "Beta GmbH", new BigDecimal("-80.000000"), null, null, null, "DE",
                        null, null, null, null)),
                reading.records());
    }

    @Test
    void quotedValuesMayContainCommasDoubledQuotesAndLineBreaks() {
        CsvReading reading = CsvReading.of("external_id,name,industry\r\n"
                + "C-1,\"Acme, Inc.\",\"Retail, online\"\r\n"
                + "C-2,\"The \"\"Best\"\" Shop\",\r\n"
                + "C-3,\"First line\nsecond line\",Food\r\n"
                + "C-4,  \"Spaced, quoted\"  ,Food\r\n");

        assertEquals(List.of(), reading.errors());
        List<CustomerRecord> records = reading.records();
        assertEquals("Acme, Inc.", records.get(0).name());
        assertEquals("Retail, online", records.get(0).industry());
        assertEquals("The \"Best\" Shop", records.get(1).name());
        assertEquals("First line\nsecond line", records.get(2).name());
        assertEquals("Spaced, quoted", records.get(3).name());
        // a value spanning two physical lines is still one record, like one spreadsheet row
        assertEquals(List.of(2, 3, 4, 5), records.stream().map(CustomerRecord::line).toList());
    }

    @Test
    void headersMayComeInAnyOrderAndCase() {
        CsvReading reading = CsvReading.of(" Cx_Score ,NAME,Country,EXTERNAL_ID,Business_Value\n"
                + "7.5,Acme Ltd,us,C-1,42\n");

        CustomerRecord record = reading.onlyRecord();
        assertEquals("C-1", record.externalId());
        assertEquals("Acme Ltd", record.name());
        assertEquals(new BigDecimal("42.000000"), record.businessValue());
        assertEquals(new BigDecimal("7.500000"), record.cxScore());
        assertEquals("US", record.country());
    }

    @Test
    void emptyMetricCellsAreUnknownNotZero() {
        CsvReading reading = CsvReading.of("external_id,name,business_value,cx_score,revenue,share_of_wallet\n"
                + "C-1,Acme Ltd,,   ,\"\",\n");

        CustomerRecord record = reading.onlyRecord();
        assertNull(record.businessValue());
        assertNull(record.cxScore());
        assertNull(record.revenue());
        assertNull(record.shareOfWallet());
    }

    @Test
    void zeroIsKeptAsZero() {
        CustomerRecord record = CsvReading.of("external_id,name,business_value,revenue\nC-1,Acme,0,0.0\n").onlyRecord();

        assertEquals(new BigDecimal("0.000000"), record.businessValue());
        assertEquals(new BigDecimal("0.000000"), record.revenue());
    }

    @Test
    void absentOptionalColumnsGiveNull() {
        CustomerRecord record = CsvReading.of("name,external_id\nAcme,C-1\n").onlyRecord();

        assertEquals(new CustomerRecord(2, "C-1", "Acme", null, null, null, null, null, null, null, null, null),
                record);
    }

    @Test
    void businessValueMayBeNegativeAndCxScoreAnyDecimal() {
        CustomerRecord record = CsvReading.of("external_id,name,business_value,cx_score\nC-1,Acme,-80.5,-12\n")
                .onlyRecord();

        assertEquals(new BigDecimal("-80.500000"), record.businessValue());
        assertEquals(new BigDecimal("-12.000000"), record.cxScore());
    }

    @Test
    void decimalsAreRoundedHalfEvenToSixPlaces() {
        CsvReading reading = CsvReading.of("external_id,name,business_value,cx_score,revenue,share_of_wallet\n"
                + "C-1,Acme,1.23456789,0.0000025,0.0000035,0.00000049\n"
                + "C-2,Beta,1e3,+4.,.5,1E-1\n");

        assertEquals(List.of(), reading.errors());
        CustomerRecord first = reading.records().get(0);
        assertEquals(new BigDecimal("1.234568"), first.businessValue());
        assertEquals(new BigDecimal("0.000002"), first.cxScore());
        assertEquals(new BigDecimal("0.000004"), first.revenue());
        assertEquals(new BigDecimal("0.000000"), first.shareOfWallet());
        CustomerRecord second = reading.records().get(1);
        assertEquals(new BigDecimal("1000.000000"), second.businessValue());
        assertEquals(new BigDecimal("4.000000"), second.cxScore());
        assertEquals(new BigDecimal("0.500000"), second.revenue());
        assertEquals(new BigDecimal("0.100000"), second.shareOfWallet());
    }

    @Test
    void turkishArabicAndPersianTextRoundTripsExactly() {
        String turkish = "İstanbul Işık Ltd. Şti. (ğüşöçı)";
        String arabic = "شركة الأمل";
        String persian = "شرکت پارس";
        String decomposed = "Ozgu\u0308r"; // combining diaeresis must not be normalised away
        CsvReading reading = CsvReading.of("external_id,name,industry,owner\n"
                + "TR-1," + turkish + ",Tekstil,Çağrı Öztürk\n"
                + "SA-1,\"" + arabic + "\",تجارة,\n"
                + "IR-1," + persian + ",,مهسا\n"
                + "X-1," + decomposed + ",,\n");

        assertEquals(List.of(), reading.errors());
        List<CustomerRecord> records = reading.records();
        assertEquals(turkish, records.get(0).name());
        assertEquals("Tekstil", records.get(0).industry());
        assertEquals("Çağrı Öztürk", records.get(0).owner());
        assertEquals(arabic, records.get(1).name());
        assertEquals("تجارة", records.get(1).industry());
        assertEquals(persian, records.get(2).name());
        assertEquals("مهسا", records.get(2).owner());
        assertEquals(decomposed, records.get(3).name());
    }

    @Test
    void everyCellIsTrimmed() {
        CustomerRecord record = CsvReading.of("external_id,name,business_value,country,email\n"
                + "  C-1\t,  Acme Ltd  , 12.5 , tr ,\" anna@acme.example \"\n").onlyRecord();

        assertEquals("C-1", record.externalId());
        assertEquals("Acme Ltd", record.name());
        assertEquals(new BigDecimal("12.500000"), record.businessValue());
        assertEquals("TR", record.country());
        assertEquals("anna@acme.example", record.email());
    }

    @Test
    void blankRecordsAreSkippedWithoutShiftingLineNumbers() {
        CsvReading reading = CsvReading.of("external_id,name,business_value\n"
                + "C-1,Acme,1\n"
                + "\n"
                + " , ,  \n"
                + ",,\n"
                + "C-2,Beta,oops\n"
                + "\n");

        assertEquals(List.of(2), reading.records().stream().map(CustomerRecord::line).toList());
        assertEquals(6, reading.onlyError().line());
        assertEquals(2, reading.outcome().rows());
        assertEquals(1, reading.outcome().validRows());
    }

    @Test
    void fileWithOnlyAHeaderHasNoRows() {
        CsvReading reading = CsvReading.of("external_id,name\r\n");

        assertEquals(new ReadOutcome(0, 0, List.of(), 0, reading.outcome().columns()), reading.outcome());
        assertTrue(reading.outcome().ok());
    }

    @Test
    void lastRecordNeedsNoLineBreak() {
        CsvReading reading = CsvReading.of("external_id,name\nC-1,Acme\nC-2,\"Beta\"");

        assertEquals(List.of("C-1", "C-2"), reading.records().stream().map(CustomerRecord::externalId).toList());
    }
}
