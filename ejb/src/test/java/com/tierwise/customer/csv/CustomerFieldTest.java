package com.tierwise.customer.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CustomerFieldTest {

    @Test
    void columnNamesAreThoseOfTheAcceptanceInterface() {
        List<String> columns = Arrays.stream(CustomerField.values()).map(CustomerField::column).toList();
        assertEquals(List.of("external_id", "name", "business_value", "cx_score", "revenue", "share_of_wallet",
                "country", "industry", "segment", "owner", "email"), columns);
    }

    @Test
    void onlyExternalIdAndNameAreRequired() {
        List<CustomerField> required = Arrays.stream(CustomerField.values()).filter(CustomerField::required).toList();
        assertEquals(List.of(CustomerField.EXTERNAL_ID, CustomerField.NAME), required);
    }

    @Test
    void ofColumnIgnoresCaseAndSurroundingSpaces() {
        assertEquals(Optional.of(CustomerField.SHARE_OF_WALLET), CustomerField.ofColumn("  Share_Of_Wallet "));
        assertEquals(Optional.of(CustomerField.EMAIL), CustomerField.ofColumn("EMAIL"));
        assertEquals(Optional.empty(), CustomerField.ofColumn("e-mail"));
        assertEquals(Optional.empty(), CustomerField.ofColumn(""));
        assertEquals(Optional.empty(), CustomerField.ofColumn(null));
    }

    @Test
    void ofColumnMatchesUpperCaseHeadersUnderTheTurkishDefaultLocale() {
        // "I".toLowerCase(tr) is the dotless "ı", which would break EXTERNAL_ID, BUSINESS_VALUE, INDUSTRY, EMAIL
        assertEquals("external_ıd", "EXTERNAL_ID".toLowerCase(new Locale("tr", "TR")));
        DefaultLocale.runWith(new Locale("tr", "TR"), () -> {
            for (CustomerField field : CustomerField.values()) {
                String header = field.column().toUpperCase(Locale.ROOT);
                assertEquals(Optional.of(field), CustomerField.ofColumn(header), header);
            }
        });
    }
}
