package com.tierwise.customer.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How the wizard pre-fills a mapping: saved mapping first, then standard names, no guessing. */
class MappingSuggestionTest {

    private static final List<String> TELCO_STATUS = List.of("Customer ID", "Count", "Quarter", "Satisfaction Score",
            "Customer Status", "Churn Label", "Churn Value", "Churn Score", "CLTV", "Churn Category", "Churn Reason");

    @Test
    void standardNamesAreFoundIgnoringCaseSpacesAndUnderscores() {
        ColumnMapping suggested = MappingSuggestion.suggest(
                List.of("External ID", "NAME", "cx-score", "Business_Value", "Notes"), Optional.empty());

        assertEquals(Map.of(CustomerField.EXTERNAL_ID, "External ID", CustomerField.NAME, "NAME",
                CustomerField.CX_SCORE, "cx-score", CustomerField.BUSINESS_VALUE, "Business_Value"), suggested.asMap());
    }

    @Test
    void foreignHeadersAreNotGuessed() {
        ColumnMapping suggested = MappingSuggestion.suggest(TELCO_STATUS, Optional.empty());

        assertEquals(Map.of(), suggested.asMap());
        assertEquals(List.of(CustomerField.EXTERNAL_ID, CustomerField.NAME), suggested.unmappedRequiredFields());
    }

    @Test
    void theSavedMappingWinsWhereTheFileStillHasItsColumns() {
        ColumnMapping saved = ColumnMapping.of(Map.of(CustomerField.EXTERNAL_ID, "customer id",
                CustomerField.NAME, "Customer ID", CustomerField.BUSINESS_VALUE, "CLTV",
                CustomerField.CX_SCORE, "Satisfaction Score", CustomerField.REVENUE, "Total Revenue"));

        ColumnMapping suggested = MappingSuggestion.suggest(TELCO_STATUS, Optional.of(saved));

        // The file's own spelling is used; "Total Revenue" is not in this file, so revenue stays unmapped.
        assertEquals(Map.of(CustomerField.EXTERNAL_ID, "Customer ID", CustomerField.NAME, "Customer ID",
                CustomerField.BUSINESS_VALUE, "CLTV", CustomerField.CX_SCORE, "Satisfaction Score"), suggested.asMap());
        assertEquals(List.of(), suggested.unmappedRequiredFields());
    }

    @Test
    void aSavedColumnTheFileLacksFallsBackToTheStandardName() {
        ColumnMapping saved = ColumnMapping.of(Map.of(CustomerField.NAME, "Company"));

        ColumnMapping suggested = MappingSuggestion.suggest(List.of("external_id", "name"), Optional.of(saved));

        assertEquals(Map.of(CustomerField.EXTERNAL_ID, "external_id", CustomerField.NAME, "name"), suggested.asMap());
    }

    @Test
    void matchingIgnoresTheTurkishDefaultLocale() {
        DefaultLocale.runWith(new java.util.Locale("tr", "TR"), () -> assertEquals(
                Map.of(CustomerField.EXTERNAL_ID, "EXTERNAL ID"),
                MappingSuggestion.suggest(List.of("EXTERNAL ID"), Optional.empty()).asMap()));
    }

    @Test
    void blankMappedColumnsMeanNotImported() {
        java.util.Map<CustomerField, String> columns = new java.util.EnumMap<>(CustomerField.class);
        columns.put(CustomerField.EXTERNAL_ID, " id ");
        columns.put(CustomerField.NAME, " ");
        columns.put(CustomerField.EMAIL, null);

        ColumnMapping mapping = ColumnMapping.of(columns);

        assertEquals(Map.of(CustomerField.EXTERNAL_ID, "id"), mapping.asMap());
        assertEquals(List.of(CustomerField.NAME), mapping.unmappedRequiredFields());
    }
}
