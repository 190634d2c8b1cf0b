package com.tierwise.customer.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tierwise.platform.H2Database;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one-record-per-import audit on H2 with the real migrations. */
class ImportLogH2Test {

  @Test
  void eachImportIsOneRecordNewestFirst() throws Exception {
    try (Connection connection = H2Database.migrated()) {
      ImportLog log = new ImportLog(connection);
      log.record("analyst", Instant.parse("2026-11-22T10:00:00Z"), null, new ImportResult(1000, 0), "r-1");
      log.record("admin", Instant.parse("2026-11-22T11:00:00Z"), "CRM export", new ImportResult(5, 995), null);

      assertEquals(2, log.count());
      List<ImportLog.Entry> entries = log.recent(10, 0);
      assertEquals(List.of("admin", "analyst"), entries.stream().map(ImportLog.Entry::importedBy).toList());
      ImportLog.Entry newest = entries.get(0);
      assertEquals("CRM export", newest.source());
      assertEquals(5, newest.created());
      assertEquals(995, newest.updated());
      assertEquals(Instant.parse("2026-11-22T11:00:00Z"), newest.importedAt());
      assertEquals("r-1", entries.get(1).requestId());
      assertEquals(1, log.recent(1, 1).size());
    }
  }
}
