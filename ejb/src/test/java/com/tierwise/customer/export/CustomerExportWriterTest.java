package com.tierwise.customer.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tierwise.customer.CustomerDetails;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

class CustomerExportWriterTest {

  private static final String ATTACK = "=HYPERLINK(\"http://evil.example\",\"click\")";

  private static CustomerDetails customer(String externalId, String name, String segment) {
    return new CustomerDetails(
        1, externalId, name, new BigDecimal("1250.500000"), null, null, null, "TR", null, segment,
        "+owner", null, true, Instant.EPOCH, Instant.EPOCH, null);
  }

  private static byte[] export(ExportFormat format, CustomerDetails... customers) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (CustomerExportWriter writer = CustomerExportWriter.open(format, out)) {
      for (CustomerDetails customer : customers) {
        writer.write(customer);
      }
    }
    return out.toByteArray();
  }

  @Test
  void csvNeutralisesFormulasAndKeepsEveryScript() throws Exception {
    String csv =
        new String(export(ExportFormat.CSV, customer("-1+2", ATTACK, "@SUM(A1)"), customer("X-2", "شرکت ایران", "İç")),
            StandardCharsets.UTF_8);
    List<String> lines = csv.lines().toList();
    assertTrue(lines.get(0).startsWith("\uFEFFexternal_id,name,business_value,cx_score,"), lines.get(0));
    assertTrue(lines.get(1).startsWith("'-1+2,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",1250.5,,"),
        lines.get(1));
    assertTrue(lines.get(1).contains(",'@SUM(A1),'+owner,,true,,,"), lines.get(1));
    assertTrue(lines.get(2).contains("شرکت ایران") && lines.get(2).contains("İç"), lines.get(2));
  }

  @Test
  void xlsxWritesTextAsStringsNeverFormulas() throws Exception {
    byte[] xlsx = export(ExportFormat.XLSX, customer("A-1", ATTACK, "Işık"));
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      List<Row> rows = workbook.getFirstSheet().read();
      assertEquals(2, rows.size());
      assertEquals("external_id", rows.get(0).getCell(0).getRawValue());
      Row row = rows.get(1);
      assertEquals(CellType.STRING, row.getCell(1).getType());
      assertEquals(ATTACK, row.getCell(1).getText());
      assertEquals(CellType.NUMBER, row.getCell(2).getType());
      assertEquals(0, new BigDecimal("1250.5").compareTo(row.getCell(2).asNumber()));
      assertEquals("Işık", row.getCell(8).getText());
    }
  }
}
