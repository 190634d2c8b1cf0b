package com.tierwise.web.portal.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tierwise.customer.csv.ColumnMapping;
import com.tierwise.customer.csv.CustomerCsvReader;
import com.tierwise.customer.csv.CustomerField;
import com.tierwise.customer.csv.ImportError;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the preview step shows, from a real read of a file through a mapping. */
class PreviewTableTest {

  private static final ColumnMapping MAPPING =
      ColumnMapping.of(
          Map.of(
              CustomerField.EXTERNAL_ID, "Customer ID",
              CustomerField.NAME, "Customer ID",
              CustomerField.BUSINESS_VALUE, "CLTV"));

  private static PreviewTable read(String csv) throws IOException {
    return PreviewTable.of(
        new CustomerCsvReader(MAPPING)
            .preview(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), ImportView.PREVIEW_ROWS),
        ImportView.LISTED_ERRORS);
  }

  @Test
  void badCellsCarryTheirMessageAndTheFieldsAreTheMappedOnesInOrder() throws IOException {
    PreviewTable table = read("CLTV,Customer ID,Other\nlots,C-1,x\n10,C-2,y\n20,C-3\n");

    assertEquals(List.of("external_id", "name", "business_value"), table.fields());
    assertEquals(3, table.rowCount());
    assertEquals(2, table.errorCount());
    PreviewTable.Row first = table.rows().get(0);
    assertEquals(2, first.line());
    assertEquals(List.of("C-1", "C-1", "lots"), first.cells().stream().map(PreviewTable.Cell::value).toList());
    assertFalse(first.cells().get(0).isBad());
    assertTrue(first.cells().get(2).isBad());
    assertTrue(first.cells().get(2).problem().contains("must be a decimal number"), first.cells().get(2).problem());
    assertFalse(table.rows().get(1).isBad());
    PreviewTable.Row shortRow = table.rows().get(2);
    assertTrue(shortRow.isBad(), "a row with a missing field is marked as a whole");
    assertTrue(shortRow.problem().startsWith("Wrong number of fields"), shortRow.problem());
    assertFalse(table.isImportable());
  }

  @Test
  void problemsFoundByTheImportReplaceTheListAndKeepItClosed() throws IOException {
    PreviewTable clean = read("Customer ID,CLTV\nC-1,1\nC-1,2\n");
    assertTrue(clean.isImportable());

    PreviewTable refused =
        clean.refused(List.of(new ImportError(3, "external_id", "this external_id already appears on line 2")), 1, 10);

    assertFalse(refused.isImportable());
    assertEquals(List.of(new PreviewTable.Problem(3, "external_id", "this external_id already appears on line 2")),
        refused.errors());
    assertEquals(clean.rows(), refused.rows());
  }

  @Test
  void theTableAndTheChoicesSurviveSerialization() throws IOException {
    PreviewTable table = read("Customer ID,CLTV\nC-1,x\n");
    List<FieldChoice> choices = FieldChoice.of(MAPPING);
    try (ObjectOutputStream out = new ObjectOutputStream(new ByteArrayOutputStream())) {
      out.writeObject(table);
      out.writeObject(new java.util.ArrayList<>(choices));
    }
  }

  @Test
  void choicesGoBackToTheSameMapping() {
    List<FieldChoice> choices = FieldChoice.of(MAPPING);

    assertEquals(CustomerField.values().length, choices.size());
    assertEquals("Customer ID", choices.get(1).getColumn());
    choices.get(4).setColumn("");
    choices.get(6).setColumn("Country");
    assertEquals(
        ColumnMapping.of(
            Map.of(
                CustomerField.EXTERNAL_ID, "Customer ID",
                CustomerField.NAME, "Customer ID",
                CustomerField.BUSINESS_VALUE, "CLTV",
                CustomerField.COUNTRY, "Country")),
        FieldChoice.mapping(choices));
  }
}
