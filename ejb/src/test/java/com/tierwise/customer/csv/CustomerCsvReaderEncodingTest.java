package com.tierwise.customer.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bytes that are not UTF-8 are rejected at the line where they occur, never decoded as mojibake. */
class CustomerCsvReaderEncodingTest {

    private static final Charset WINDOWS_1254 = Charset.forName("windows-1254");

    private static String message(int line) {
        return "The file is not valid UTF-8 (line " + line + "). Save it as UTF-8, for example with Excel's "
                + "\"CSV UTF-8 (Comma delimited)\" format; exports from Excel in Turkish Windows (Windows-1254) "
                + "or Arabic Windows (Windows-1256) must be converted first. Reading stopped here.";
    }

    @Test
    void windows1254BytesAreReportedOnTheirLineAndStopTheReading() {
        byte[] csv = concat(
                utf8("external_id,name,country\nC-1,Acme,TR\nC-2,Beta,TR\nC-3,"),
                "ŞİŞLİ Gıda".getBytes(WINDOWS_1254),
                utf8(",TR\nC-4,Delta,TR\n"));
        assertEquals((byte) 0xDE, "Ş".getBytes(WINDOWS_1254)[0]);
        assertEquals((byte) 0xDD, "İ".getBytes(WINDOWS_1254)[0]);

        CsvReading reading = CsvReading.of(csv);

        assertEquals(new ImportError(4, null, message(4)), reading.onlyError());
        assertEquals(List.of("C-1", "C-2"), reading.records().stream().map(CustomerRecord::externalId).toList());
        assertEquals(new ReadOutcome(2, 2, reading.errors(), 1, reading.outcome().columns()), reading.outcome());
    }

    @Test
    void lineIsRightFarBehindTheFirstBufferOfInput() {
        StringBuilder valid = new StringBuilder("external_id,name\n");
        for (int i = 2; i < 700; i++) {
            valid.append("C-").append(i).append(",Customer number ").append(i).append('\n');
        }
        byte[] csv = concat(utf8(valid + "C-700,Bad "), new byte[] {(byte) 0xDE}, utf8("\nC-701,Fine\n"));

        CsvReading reading = CsvReading.of(csv);

        assertEquals(new ImportError(700, null, message(700)), reading.onlyError());
        assertEquals(698, reading.records().size());
        assertEquals(699, reading.records().get(697).line());
    }

    @ParameterizedTest(name = "line breaks {0}")
    @ValueSource(strings = {"\n", "\r\n", "\r"})
    void invalidBytesStartingARecordAreReportedOnThatRecordsLine(String lineBreak) {
        // a bare CR (old Mac exports) makes the parser look one character ahead for a LF
        byte[] csv = concat(utf8("external_id,name" + lineBreak + "C-1,Acme" + lineBreak),
                "Şişli".getBytes(WINDOWS_1254), utf8(",Beta" + lineBreak));

        CsvReading reading = CsvReading.of(csv);

        assertEquals(new ImportError(3, null, message(3)), reading.onlyError());
        assertEquals(List.of("C-1"), reading.records().stream().map(CustomerRecord::externalId).toList());
    }

    @Test
    void invalidBytesAfterBlankLinesKeepTheirLine() {
        byte[] csv = concat(utf8("external_id,name\rC-1,Acme\r\r  "), new byte[] {(byte) 0xDE}, utf8("\r"));

        assertEquals(new ImportError(4, null, message(4)), CsvReading.of(csv).onlyError());
    }

    @Test
    void invalidBytesInTheHeaderAreReportedOnLineOne() {
        byte[] csv = concat(utf8("external_id,"), "İSİM".getBytes(WINDOWS_1254), utf8("\nC-1,Acme\n"));

        assertEquals(new ImportError(1, null, message(1)), CsvReading.of(csv).onlyError());
    }

    @Test
    void invalidBytesInsideAMultiLineValueAreReportedOnTheRecordsLine() {
        byte[] csv = concat(utf8("external_id,name\nC-1,\"Acme\nHolding "), new byte[] {(byte) 0xFF}, utf8("\"\n"));

        assertEquals(new ImportError(2, null, message(2)), CsvReading.of(csv).onlyError());
    }

    @Test
    void truncatedCharacterAtTheEndOfTheFileIsRejected() {
        byte[] sh = "ş".getBytes(StandardCharsets.UTF_8);
        byte[] csv = concat(utf8("external_id,name\nC-1,Acme\nC-2,Beta"), new byte[] {sh[0]});

        CsvReading reading = CsvReading.of(csv);

        assertEquals(new ImportError(3, null, message(3)), reading.onlyError());
        assertEquals(1, reading.records().size());
    }

    @Test
    void encodedSurrogatesAndOverlongFormsAreRejected() {
        byte[] surrogate = {(byte) 0xED, (byte) 0xA0, (byte) 0x80};
        byte[] overlongSlash = {(byte) 0xC0, (byte) 0xAF};

        assertEquals(2, CsvReading.of(concat(utf8("external_id,name\nC-1,"), surrogate, utf8("\n"))).onlyError().line());
        assertEquals(2, CsvReading.of(concat(utf8("external_id,name\nC-1,"), overlongSlash, utf8("\n"))).onlyError().line());
    }

    @Test
    void onlyALeadingByteOrderMarkIsSkipped() {
        CsvReading reading = CsvReading.of("\uFEFFexternal_id,name\nC-1,\uFEFFAcme\n");

        assertEquals("\uFEFFAcme", reading.onlyRecord().name());
    }

    @Test
    void failingStreamIsAnIOExceptionNotAnImportError() {
        IOException broken = new IOException("connection reset");
        InputStream failing = new InputStream() {
            private final InputStream start = new java.io.ByteArrayInputStream(utf8("external_id,name\nC-1,Acme\n"));

            @Override
            public int read() throws IOException {
                int b = start.read();
                if (b < 0) {
                    throw broken;
                }
                return b;
            }
        };
        List<CustomerRecord> sink = new ArrayList<>();

        IOException thrown = assertThrows(IOException.class, () -> new CustomerCsvReader().read(failing, sink::add));

        assertSame(broken, thrown);
    }

    @Test
    void streamIsNotClosed() throws IOException {
        boolean[] closed = {false};
        InputStream in = new java.io.ByteArrayInputStream(utf8("external_id,name\nC-1,Acme\n")) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        new CustomerCsvReader().read(in, record -> { });

        assertFalse(closed[0]);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
