package com.tierwise.customer.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tierwise.customer.csv.ColumnMapping;
import com.tierwise.customer.csv.CustomerCsvReader;
import com.tierwise.customer.csv.CustomerField;
import com.tierwise.platform.H2Database;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Mappings saved per source (migration V30) and a mapped import, on H2. */
class ImportMappingsH2Test {

  private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
  private static final ColumnMapping TELCO =
      ColumnMapping.of(
          Map.of(
              CustomerField.EXTERNAL_ID, "Customer ID",
              CustomerField.NAME, "Customer ID",
              CustomerField.BUSINESS_VALUE, "CLTV",
              CustomerField.CX_SCORE, "Satisfaction Score"));

  private Connection connection;
  private ImportMappings mappings;

  @BeforeEach
  void database() throws Exception {
    connection = H2Database.migrated();
    mappings = new ImportMappings(connection);
  }

  @AfterEach
  void close() throws Exception {
    connection.close();
  }

  @Test
  void aSavedMappingIsFoundAndReplacedWhole() throws Exception {
    assertEquals(Optional.empty(), mappings.find("IBM Telco – status"));

    mappings.save("IBM Telco – status", TELCO, "admin", NOW);
    mappings.save("CRM", ColumnMapping.of(Map.of(CustomerField.EXTERNAL_ID, "id")), "ayse", NOW.plusSeconds(1));
    assertEquals(Optional.of(TELCO), mappings.find("IBM Telco – status"));
    assertEquals(List.of("CRM", "IBM Telco – status"), mappings.sources(10));

    ColumnMapping fewer =
        ColumnMapping.of(Map.of(CustomerField.EXTERNAL_ID, "Customer ID", CustomerField.NAME, "Customer ID"));
    mappings.save("IBM Telco – status", fewer, "ayse", NOW.plusSeconds(2));
    assertEquals(Optional.of(fewer), mappings.find("IBM Telco – status"));
    assertEquals(List.of("IBM Telco – status", "CRM"), mappings.sources(10));
  }

  @Test
  void theTelcoStatusFileImportsWithItsIdAsTheName() throws Exception {
    String csv =
        "Customer ID,Count,Quarter,Satisfaction Score,Customer Status,CLTV\r\n"
            + "8779-QRDMV,1,Q3,3,Churned,5433\r\n"
            + "7495-OOKFY,1,Q3,5,Stayed,5302";

    ImportResult result =
        new CustomerImporter(connection, new CustomerCsvReader(TELCO))
            .importCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), NOW);

    assertEquals(new ImportResult(2, 0), result);
    try (PreparedStatement select =
            connection.prepareStatement(
                "SELECT name, business_value, cx_score FROM customer WHERE external_id = '7495-OOKFY'");
        ResultSet row = select.executeQuery()) {
      row.next();
      assertEquals("7495-OOKFY", row.getString(1));
      assertEquals(0, new java.math.BigDecimal("5302").compareTo(row.getBigDecimal(2)));
      assertEquals(0, new java.math.BigDecimal("5").compareTo(row.getBigDecimal(3)));
    }
  }

  @Test
  void aNonIsoCountryIsRefusedWithTheCellNamed() {
    ColumnMapping location =
        ColumnMapping.of(
            Map.of(
                CustomerField.EXTERNAL_ID, "Customer ID",
                CustomerField.NAME, "Customer ID",
                CustomerField.COUNTRY, "Country"));
    String csv = "Customer ID,Count,Country,State\r\n8779-QRDMV,1,United States,California\r\n";

    ImportRejectedException refused =
        assertThrows(
            ImportRejectedException.class,
            () ->
                new CustomerImporter(connection, new CustomerCsvReader(location))
                    .importCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), NOW));

    assertEquals(1, refused.errors().size());
    assertEquals(2, refused.errors().get(0).line());
    assertEquals("country", refused.errors().get(0).column());
  }
}
