package com.tierwise.customer.csv;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.IntFunction;

/** Test helper: a UTF-8 CSV stream whose rows are produced on demand, never held as a whole. */
final class GeneratedCsvStream extends InputStream {

    private final IntFunction<String> rowFactory;
    private final int rowCount;
    private byte[] current;
    private int position;
    private int rowsGenerated;

    /**
     * @param rowFactory the text of data row number 1..rowCount, without the line break
     */
    GeneratedCsvStream(String header, int rowCount, IntFunction<String> rowFactory) {
        this.rowFactory = rowFactory;
        this.rowCount = rowCount;
        this.current = (header + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** How many data rows have been turned into bytes so far. */
    int rowsGenerated() {
        return rowsGenerated;
    }

    @Override
    public int read() {
        if (!ensureBytes()) {
            return -1;
        }
        return current[position++] & 0xFF;
    }

    @Override
    public int read(byte[] target, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        if (!ensureBytes()) {
            return -1;
        }
        int count = Math.min(length, current.length - position);
        System.arraycopy(current, position, target, offset, count);
        position += count;
        return count;
    }

    private boolean ensureBytes() {
        while (position == current.length) {
            if (rowsGenerated == rowCount) {
                return false;
            }
            rowsGenerated++;
            current = (rowFactory.apply(rowsGenerated) + "\r\n").getBytes(StandardCharsets.UTF_8);
            position = 0;
        }
        return true;
    }
}
