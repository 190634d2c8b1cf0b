package com.tierwise.customer.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StrictUtf8ReaderTest {

    @Test
    void handsOutEveryValidCharacterThenEndsAndKeepsTheReason() throws IOException {
        byte[] bytes = {'a', 'b', (byte) 0xC3, (byte) 0xA7, (byte) 0xDE, 'z'};
        StrictUtf8Reader reader = new StrictUtf8Reader(new ByteArrayInputStream(bytes));

        char[] buffer = new char[10];
        assertEquals(3, reader.read(buffer, 0, 10));
        assertEquals("abç", new String(buffer, 0, 3));
        assertNull(reader.failure());
        assertEquals(-1, reader.read(buffer, 0, 10));
        assertInstanceOf(MalformedInputException.class, reader.failure());
        assertFalse(reader.failedAfterLineBreak());
        assertEquals(-1, reader.read(buffer, 0, 10));
    }

    @Test
    void tellsWhetherTheInvalidBytesStartALine() throws IOException {
        StrictUtf8Reader reader = new StrictUtf8Reader(new ByteArrayInputStream(new byte[] {'a', '\r', (byte) 0xFF}));

        assertEquals("a\r", readAll(reader));
        assertTrue(reader.failedAfterLineBreak());
    }

    @Test
    void decodesCharactersSplitAcrossReadsOfTheStream() throws IOException {
        String text = "\uFEFFİstanbul شركة 𝔸 پارس ".repeat(2000);
        InputStream oneByteAtATime = new FilterInputStream(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, 1));
            }
        };

        StrictUtf8Reader reader = new StrictUtf8Reader(oneByteAtATime);

        assertEquals(text.substring(1), readAll(reader));
        assertNull(reader.failure());
    }

    @Test
    void emptyStreamIsEmpty() throws IOException {
        assertEquals(-1, new StrictUtf8Reader(new ByteArrayInputStream(new byte[0])).read());
    }

    private static String readAll(Reader reader) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[777];
        for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
            text.append(buffer, 0, n);
        }
        return text.toString();
    }
}
