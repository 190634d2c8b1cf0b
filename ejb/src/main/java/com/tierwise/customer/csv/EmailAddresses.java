package com.tierwise.customer.csv;

/**
 * A deliberately simple sanity check: it catches cells that are clearly not an address (a name,
 * a phone number, two addresses) without rejecting unusual but valid ones.
 */
final class EmailAddresses {

    private EmailAddresses() {
    }

    /** One '@', non-empty local and domain parts, a dot inside the domain, no white space. */
    static boolean looksValid(String text) {
        int at = text.indexOf('@');
        if (at <= 0 || at != text.lastIndexOf('@') || at == text.length() - 1) {
            return false;
        }
        // isSpaceChar also catches the no-break space that spreadsheets like to insert
        if (text.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
            return false;
        }
        String domain = text.substring(at + 1);
        int dot = domain.indexOf('.');
        return dot > 0 && domain.lastIndexOf('.') < domain.length() - 1;
    }
}
