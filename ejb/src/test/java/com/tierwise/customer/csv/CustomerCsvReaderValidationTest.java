package com.tierwise.customer.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Cell rules: each bad cell gives one problem naming its line and column; bad rows skip the sink. */
class CustomerCsvReaderValidationTest {

    private static final String HEADER =
            "external_id,name,business_value,cx_score,revenue,share_of_wallet,country,industry,segment,owner,email\n";

    /** A valid row on line 2 with one cell replaced; the cell is quoted so it may hold commas. */
    private static CsvReading readRowWith(CustomerField field, String cell) {
        String[] cells = {"C-1", "Acme", "10", "8", "100", "0.5", "TR", "Retail", "SMB", "ayse", "a@acme.example"};
        cells[field.ordinal()] = "\"" + cell.replace("\"", "\"\"") + "\"";
        return CsvReading.of(HEADER + String.join(",", cells) + "\n");
    }

    private static void assertRejected(CustomerField field, String cell, String expectedMessage) {
        CsvReading reading = readRowWith(field, cell);
        assertEquals(List.of(new ImportError(2, field.column(), expectedMessage)), reading.errors());
        assertEquals(List.of(), reading.records(), "an invalid row must not reach the sink");
        assertEquals(new ReadOutcome(1, 0, reading.errors(), 1, reading.outcome().columns()), reading.outcome());
    }

    private static CustomerRecord accepted(CustomerField field, String cell) {
        return readRowWith(field, cell).onlyRecord();
    }

    static Stream<Arguments> rejectedCells() {
        return Stream.of(
                Arguments.of(CustomerField.EXTERNAL_ID, "  ",
                        "\"external_id\" is required but the cell is empty."),
                Arguments.of(CustomerField.EXTERNAL_ID, "x".repeat(65),
                        "\"external_id\" must be 1 to 64 characters long; found 65 characters"),
                Arguments.of(CustomerField.NAME, "",
                        "\"name\" is required but the cell is empty."),
                Arguments.of(CustomerField.NAME, "n".repeat(301),
                        "\"name\" must be 1 to 300 characters long; found 301 characters"),
                Arguments.of(CustomerField.BUSINESS_VALUE, "12,5",
                        "\"business_value\" must be a decimal number such as 1234.56 or -80; found \"12,5\""),
                Arguments.of(CustomerField.BUSINESS_VALUE, "1234567890123456789",
                        "\"business_value\" must have at most 18 digits before the decimal point; "
                                + "found \"1234567890123456789\""),
                Arguments.of(CustomerField.BUSINESS_VALUE, "999999999999999999.9999999",
                        "\"business_value\" must have at most 18 digits before the decimal point; "
                                + "found \"999999999999999999.9999999\""),
                Arguments.of(CustomerField.BUSINESS_VALUE, "1e19",
                        "\"business_value\" must have at most 18 digits before the decimal point; found \"1e19\""),
                Arguments.of(CustomerField.CX_SCORE, "8/10",
                        "\"cx_score\" must be a decimal number such as 8.5; found \"8/10\""),
                Arguments.of(CustomerField.REVENUE, "-0.01",
                        "\"revenue\" must be zero or more; found \"-0.01\""),
                Arguments.of(CustomerField.REVENUE, "€100",
                        "\"revenue\" must be a decimal number such as 1234.56; found \"€100\""),
                Arguments.of(CustomerField.SHARE_OF_WALLET, "35",
                        "\"share_of_wallet\" must be between 0 and 1 (for example 0.35 for 35%); found \"35\""),
                Arguments.of(CustomerField.SHARE_OF_WALLET, "-0.1",
                        "\"share_of_wallet\" must be between 0 and 1 (for example 0.35 for 35%); found \"-0.1\""),
                Arguments.of(CustomerField.SHARE_OF_WALLET, "35%",
                        "\"share_of_wallet\" must be a decimal number such as 0.35; found \"35%\""),
                Arguments.of(CustomerField.COUNTRY, "Turkey",
                        "\"country\" must be a two-letter ISO 3166 country code such as TR, US or DE; found \"Turkey\""),
                Arguments.of(CustomerField.COUNTRY, "XX",
                        "\"country\" must be a two-letter ISO 3166 country code such as TR, US or DE; found \"XX\""),
                Arguments.of(CustomerField.INDUSTRY, "i".repeat(101),
                        "\"industry\" must be at most 100 characters long; found 101 characters"),
                Arguments.of(CustomerField.SEGMENT, "s".repeat(101),
                        "\"segment\" must be at most 100 characters long; found 101 characters"),
                Arguments.of(CustomerField.OWNER, "o".repeat(101),
                        "\"owner\" must be at most 100 characters long; found 101 characters"),
                Arguments.of(CustomerField.EMAIL, "anna.acme.example",
                        "\"email\" must be an email address such as name@example.com; found \"anna.acme.example\""),
                Arguments.of(CustomerField.EMAIL, "a".repeat(243) + "@acme.example",
                        "\"email\" must be at most 254 characters long; found 256 characters"));
    }

    @ParameterizedTest(name = "{0} = \"{1}\"")
    @MethodSource("rejectedCells")
    void badCellIsReportedWithLineColumnAndMessage(CustomerField field, String cell, String expectedMessage) {
        assertRejected(field, cell, expectedMessage);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,5", "1 000", "NaN", "Infinity", "-Infinity", "0x1A", "1.2.3", "1e", ".", "-",
        "١٢٣", "۱۲۳", "１２", "1d", "12f", "1_000"})
    void decimalsAcceptOnlyPlainAsciiNumbers(String cell) {
        assertRejected(CustomerField.BUSINESS_VALUE, cell,
                "\"business_value\" must be a decimal number such as 1234.56 or -80; found \"" + cell + "\"");
    }

    @Test
    void longCellValuesAreShortenedInMessages() {
        String cell = "9".repeat(30) + "x" + "9".repeat(69);
        assertRejected(CustomerField.BUSINESS_VALUE, cell,
                "\"business_value\" must be a decimal number such as 1234.56 or -80; found \""
                        + cell.substring(0, 60) + "…\"");
    }

    @Test
    void hugeExponentsAreRejectedOrRoundedWithoutExpandingTheNumber() {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertRejected(CustomerField.BUSINESS_VALUE, "1e999999999",
                    "\"business_value\" must have at most 18 digits before the decimal point; found \"1e999999999\"");
            assertEquals(new BigDecimal("0.000000"), accepted(CustomerField.BUSINESS_VALUE, "1e-999999999").businessValue());
            assertEquals(new BigDecimal("0.000000"), accepted(CustomerField.BUSINESS_VALUE, "0e999999999").businessValue());
        });
    }

    @Test
    void boundaryValuesAreAccepted() {
        assertEquals("€".repeat(64), accepted(CustomerField.EXTERNAL_ID, "€".repeat(64)).externalId());
        // length counts characters, not UTF-16 units: each of these takes two
        assertEquals("𝔸".repeat(64), accepted(CustomerField.EXTERNAL_ID, "𝔸".repeat(64)).externalId());
        assertEquals("n".repeat(300), accepted(CustomerField.NAME, "n".repeat(300)).name());
        assertEquals(new BigDecimal("999999999999999999.999999"),
                accepted(CustomerField.BUSINESS_VALUE, "999999999999999999.999999").businessValue());
        assertEquals(new BigDecimal("-999999999999999999.000000"),
                accepted(CustomerField.BUSINESS_VALUE, "-999999999999999999").businessValue());
        assertEquals(new BigDecimal("0.000000"), accepted(CustomerField.REVENUE, "0").revenue());
        assertEquals(new BigDecimal("0.000000"), accepted(CustomerField.SHARE_OF_WALLET, "0").shareOfWallet());
        assertEquals(new BigDecimal("1.000000"), accepted(CustomerField.SHARE_OF_WALLET, "1.0").shareOfWallet());
        assertEquals("i".repeat(100), accepted(CustomerField.INDUSTRY, "i".repeat(100)).industry());
        assertEquals("GB", accepted(CustomerField.COUNTRY, "gb").country());
        String longestEmail = "a".repeat(241) + "@acme.example";
        assertEquals(longestEmail, accepted(CustomerField.EMAIL, longestEmail).email());
    }

    @ParameterizedTest
    @ValueSource(strings = {"anna@", "@acme.example", "anna@@acme.example", "a@b@acme.example", "anna@localhost",
        "anna smith@acme.example", "anna@acme .example", "anna@acme.", "anna@.example", "anna@acme\u00A0.example"})
    void implausibleEmailAddressesAreRejected(String email) {
        assertRejected(CustomerField.EMAIL, email,
                "\"email\" must be an email address such as name@example.com; found \"" + email + "\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"anna@acme.example", "anna.smith+crm@mail.acme.com.tr", "ali@şirket.com.tr"})
    void plausibleEmailAddressesAreAccepted(String email) {
        assertEquals(email, accepted(CustomerField.EMAIL, email).email());
    }

    @Test
    void everyBadCellOfARowIsReported() {
        CsvReading reading = CsvReading.of(HEADER
                + "C-1,Acme,10,8,100,0.5,TR,,,,\n"
                + ",Beta,12;5,8,-3,2,Türkiye,,,,beta\n"
                + "C-3,Gamma,,,,,,,,,\n");

        assertEquals(List.of(
                new ImportError(3, "external_id", "\"external_id\" is required but the cell is empty."),
                new ImportError(3, "business_value",
                        "\"business_value\" must be a decimal number such as 1234.56 or -80; found \"12;5\""),
                new ImportError(3, "revenue", "\"revenue\" must be zero or more; found \"-3\""),
                new ImportError(3, "share_of_wallet",
                        "\"share_of_wallet\" must be between 0 and 1 (for example 0.35 for 35%); found \"2\""),
                new ImportError(3, "country",
                        "\"country\" must be a two-letter ISO 3166 country code such as TR, US or DE; found \"Türkiye\""),
                new ImportError(3, "email", "\"email\" must be an email address such as name@example.com; found \"beta\"")),
                reading.errors());
        assertEquals(List.of("C-1", "C-3"), reading.records().stream().map(CustomerRecord::externalId).toList());
        assertEquals(new ReadOutcome(3, 2, reading.errors(), 6, reading.outcome().columns()), reading.outcome());
        assertFalse(reading.outcome().ok());
    }

    @Test
    void recordWithWrongNumberOfFieldsIsOneRowError() {
        CsvReading reading = CsvReading.of("external_id,name,business_value\n"
                + "C-1,Acme\n"
                + "C-2,Acme, Inc.,5\n"
                + "C-3,Gamma,7\n");

        String hint = " Check for a missing or extra comma, and put values that contain commas in double quotes.";
        assertEquals(List.of(
                new ImportError(2, null, "Wrong number of fields: expected 3 fields, found 2." + hint),
                new ImportError(3, null, "Wrong number of fields: expected 3 fields, found 4." + hint)),
                reading.errors());
        assertEquals(List.of(4), reading.records().stream().map(CustomerRecord::line).toList());
    }

    @Test
    void keepsTheFirstTenThousandErrorsButCountsAll() {
        int badRows = CustomerCsvReader.MAX_REPORTED_ERRORS + 5;
        StringBuilder csv = new StringBuilder("external_id,name,business_value\n");
        for (int i = 0; i < badRows; i++) {
            csv.append("C-").append(i).append(",Name,not a number\n");
        }
        csv.append("C-last,Name,1\n");

        CsvReading reading = CsvReading.of(csv.toString());

        assertEquals(CustomerCsvReader.MAX_REPORTED_ERRORS, reading.errors().size());
        assertEquals(badRows, reading.outcome().errorCount());
        assertEquals(badRows + 1, reading.outcome().rows());
        assertEquals(1, reading.outcome().validRows());
        assertEquals(2, reading.errors().get(0).line());
        assertEquals(CustomerCsvReader.MAX_REPORTED_ERRORS + 1, reading.errors().get(reading.errors().size() - 1).line());
        assertEquals(badRows + 2, reading.onlyRecord().line());
    }

    @Test
    void unclosedQuoteStopsReadingWithTheLineWhereTheValueStarts() {
        CsvReading reading = CsvReading.of("external_id,name\nC-1,Acme\nC-2,\"Beta\nC-3,Gamma\n");

        assertEquals(new ImportError(3, null, "Line 3 is not valid CSV: a value starts with a double quote that is "
                + "never closed. Reading stopped here."), reading.onlyError());
        assertEquals(List.of("C-1"), reading.records().stream().map(CustomerRecord::externalId).toList());
    }

    @Test
    void textAfterAClosingQuoteStopsReading() {
        CsvReading reading = CsvReading.of("external_id,name\nC-1,Acme\nC-2,\"12\" screen\",x\nC-3,Gamma\n");

        ImportError error = reading.onlyError();
        assertEquals(3, error.line());
        assertTrue(error.message().startsWith("Line 3 is not valid CSV: a quoted value is followed by other text"),
                error.message());
        assertEquals(1, reading.records().size());
    }

    @Test
    void runawayRecordIsStoppedInsteadOfFillingMemory() {
        String rest = ("C-x,Filler text that is never split because of the open quote\n").repeat(20_000);
        CsvReading reading = CsvReading.of("external_id,name\nC-1,Acme\nC-2,\"Beta\n" + rest);

        assertEquals(new ImportError(3, null, "Line 3 is longer than 1000000 characters, which usually means "
                + "a double quote is not closed. Reading stopped here."), reading.onlyError());
        assertEquals(1, reading.records().size());
    }
}
