package com.tierwise.customer.csv;

import java.util.List;
import java.util.stream.Collectors;

/** Small helpers for wording import problems. */
final class Messages {

    /** Long cell values are cut in messages so a single bad cell cannot bloat the error report. */
    private static final int MAX_QUOTED_LENGTH = 60;

    private Messages() {
    }

    /** The text in double quotes, shortened with an ellipsis when very long. */
    static String quote(String text) {
        if (text.codePointCount(0, text.length()) <= MAX_QUOTED_LENGTH) {
            return "\"" + text + "\"";
        }
        int end = text.offsetByCodePoints(0, MAX_QUOTED_LENGTH);
        return "\"" + text.substring(0, end) + "…\"";
    }

    /** "2 and 5" or "2, 5 and 7"; built without String.format so the digits never depend on the locale. */
    static String joinNumbers(List<Integer> numbers) {
        List<String> texts = numbers.stream().map(String::valueOf).collect(Collectors.toList());
        if (texts.size() == 1) {
            return texts.get(0);
        }
        return String.join(", ", texts.subList(0, texts.size() - 1)) + " and " + texts.get(texts.size() - 1);
    }
}
