package com.tierwise.customer.csv;

import java.util.Locale;

/** Test helper: runs code under another default locale and always restores the previous ones. */
final class DefaultLocale {

    private DefaultLocale() {
    }

    static void runWith(Locale locale, Runnable action) {
        Locale previous = Locale.getDefault();
        Locale previousDisplay = Locale.getDefault(Locale.Category.DISPLAY);
        Locale previousFormat = Locale.getDefault(Locale.Category.FORMAT);
        Locale.setDefault(locale);
        try {
            action.run();
        } finally {
            Locale.setDefault(previous);
            Locale.setDefault(Locale.Category.DISPLAY, previousDisplay);
            Locale.setDefault(Locale.Category.FORMAT, previousFormat);
        }
    }
}
