package com.tierwise.silo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tierwise.silo.SiloImportRejectedException.LineError;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class SiloCsvReaderTest {

  @Test
  void anyColumnOrderBomAndCaseAreAcceptedAndLabelsCompareUpperCase() throws Exception {
    List<SiloRow> rows =
        SiloCsvReader.read(new StringReader("\uFEFFLabel,External_ID,Department\ngold,C-1,sales\n\nİyi,C-2,service\n"));
    assertEquals(List.of(new SiloRow(2, "SALES", "C-1", "GOLD"), new SiloRow(4, "SERVICE", "C-2", "İYI")), rows);
  }

  @Test
  void everyBadLineIsReportedWithItsColumn() {
    SiloImportRejectedException rejected =
        assertThrows(SiloImportRejectedException.class, () -> SiloCsvReader.read(new StringReader(
            "department,external_id,label\nSALES,C-1,A\nsales,C-1,B\n9X,C-2,A\nMARKETING,,\n")));
    assertEquals(
        List.of(
            new LineError(3, "external_id", "customer C-1 is labelled by SALES more than once"),
            new LineError(4, "department",
                "department must be 2-32 letters, digits or _ starting with a letter, not \"9X\""),
            new LineError(5, "external_id", "external_id is required"),
            new LineError(5, "label", "label is required: the department's segment for the customer")),
        rejected.errors());
  }

  @Test
  void theHeaderMustNameEveryColumn() {
    SiloImportRejectedException rejected =
        assertThrows(SiloImportRejectedException.class, () -> SiloCsvReader.read(new StringReader("department,customer\n")));
    assertEquals(
        List.of(
            new LineError(1, "external_id", "the header must name the column external_id"),
            new LineError(1, "label", "the header must name the column label")),
        rejected.errors());
  }
}
