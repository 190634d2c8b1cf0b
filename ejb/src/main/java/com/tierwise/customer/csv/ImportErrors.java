package com.tierwise.customer.csv;

import java.util.ArrayList;
import java.util.List;

/** Collects problems, keeping only the first ones so a file full of errors cannot exhaust memory. */
final class ImportErrors {

    private final int maxKept;
    private final List<ImportError> kept = new ArrayList<>();
    private int count;

    ImportErrors(int maxKept) {
        this.maxKept = maxKept;
    }

    void add(int line, String column, String message) {
        count++;
        if (kept.size() < maxKept) {
            kept.add(new ImportError(line, column, message));
        }
    }

    int count() {
        return count;
    }

    List<ImportError> kept() {
        return kept;
    }
}
