package com.tierwise.customer.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvCellsTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil.example\",\"click\")", "+1+2", "-2+3", "@SUM(A1:A2)",
        "\tcmd", "\rcmd", "=1", "-", "-12.5x", "-1,5", "-cmd|' /C calc'!A0"})
    void cellsThatASpreadsheetWouldRunAsAFormulaGetAQuotePrefix(String cell) {
        assertEquals("'" + cell, CsvCells.formulaSafe(cell));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-12.5", "-80", "-0.000001", "-.5", "-1E5", "-3e-2", "12.5", "Acme Ltd",
        "İstanbul Işık Ltd.", "شركة الأمل", "a=b", " =1", "'=1", "x@y.example"})
    void harmlessCellsAreUnchanged(String cell) {
        assertEquals(cell, CsvCells.formulaSafe(cell));
    }

    @Test
    void emptyAndNullStayAsTheyAre() {
        assertEquals("", CsvCells.formulaSafe(""));
        assertNull(CsvCells.formulaSafe(null));
    }
}
