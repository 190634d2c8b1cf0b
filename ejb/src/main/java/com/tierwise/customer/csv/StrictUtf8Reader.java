package com.tierwise.customer.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnmappableCharacterException;
import java.util.Objects;

/**
 * Decodes UTF-8 up to the first invalid byte, instead of substituting U+FFFD, so a file saved in
 * another encoding is rejected rather than imported as mojibake. Skips a leading BOM.
 *
 * <p>At the first invalid byte it hands out every character decoded before it, then reports the
 * end of the stream and keeps the reason in {@link #failure()}; the caller must check it. Ending
 * the stream, rather than throwing, lets the CSV parser finish the record it is on, so the caller
 * can tell which record the invalid bytes belong to (see {@link #failedAfterLineBreak()}).
 */
final class StrictUtf8Reader extends Reader {

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final int BUFFER_SIZE = 8192;

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER_SIZE).flip();
    private final CharBuffer chars = CharBuffer.allocate(BUFFER_SIZE).flip();
    private boolean endOfInput;
    private boolean finished;
    private boolean atStart = true;
    private char lastCharHandedOut;
    /** Found while decoding ahead; becomes {@link #failure} once the text before it is handed out. */
    private CharacterCodingException pendingFailure;
    private CharacterCodingException failure;

    StrictUtf8Reader(InputStream in) {
        this.in = Objects.requireNonNull(in, "in");
    }

    /** Why the stream ended early; null until the reader has returned end of stream because of it. */
    CharacterCodingException failure() {
        return failure;
    }

    /** Whether the invalid bytes came right after a line break, so they start a new line. */
    boolean failedAfterLineBreak() {
        return failure != null && (lastCharHandedOut == '\r' || lastCharHandedOut == '\n');
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, target.length);
        if (length == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (pendingFailure != null) {
                failure = pendingFailure;
                return -1;
            }
            if (finished) {
                return -1;
            }
            decodeMore();
            skipByteOrderMark();
        }
        int count = Math.min(length, chars.remaining());
        chars.get(target, offset, count);
        lastCharHandedOut = target[offset + count - 1];
        return count;
    }

    /** Called only when every decoded character has been handed out. */
    private void decodeMore() throws IOException {
        chars.clear();
        CoderResult result = decoder.decode(bytes, chars, endOfInput);
        if (result.isError()) {
            pendingFailure = result.isMalformed()
                    ? new MalformedInputException(result.length())
                    : new UnmappableCharacterException(result.length());
        } else if (result.isUnderflow() && chars.position() == 0) {
            // read only when nothing is left to hand out, so a slow stream never holds back decoded text
            if (endOfInput) {
                decoder.flush(chars);
                finished = true;
            } else {
                readMoreBytes();
            }
        }
        chars.flip();
    }

    private void readMoreBytes() throws IOException {
        bytes.compact();
        int read = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
        if (read < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + read);
        }
        bytes.flip();
    }

    private void skipByteOrderMark() {
        if (atStart && chars.hasRemaining()) {
            atStart = false;
            if (chars.get(chars.position()) == BYTE_ORDER_MARK) {
                chars.get();
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
