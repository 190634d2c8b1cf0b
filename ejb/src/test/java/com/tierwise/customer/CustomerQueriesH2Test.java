package com.tierwise.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tierwise.customer.csv.CustomerCsvReader;
import com.tierwise.customer.imports.CustomerImporter;
import com.tierwise.platform.H2Database;
import com.tierwise.tiering.Band;
import com.tierwise.tiering.ParetoCurve;
import com.tierwise.tiering.ParetoQuery;
import com.tierwise.tiering.TieringEngine;
import com.tierwise.tiering.TieringRunSummary;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The customer list's paging, sorting and filters on H2 with the real migrations. */
class CustomerQueriesH2Test {

  private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
  private Connection connection;
  private CustomerQueries queries;

  @BeforeEach
  void database() throws Exception {
    connection = H2Database.migrated();
    StringBuilder csv = new StringBuilder("external_id,name,business_value,cx_score,owner,segment\n");
    for (int i = 1; i <= 21; i++) {
      csv.append("T-").append(i).append(",Müşteri ").append(i).append(',').append(i).append(',')
          .append(i).append(",owner-").append(i % 2).append(",SEG").append(i % 3).append('\n');
    }
    csv.append("U-1,Işık Ltd,,5,owner-1,SEG0\n");
    csv.append("U-2,شرکت ایران,7,,owner-9,SEG1\n");
    new CustomerImporter(connection, new CustomerCsvReader())
        .importCsv(new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), clock.instant());
    connection.commit();
    queries = new CustomerQueries(connection);
  }

  @AfterEach
  void close() throws Exception {
    connection.close();
  }

  private static List<String> ids(List<CustomerDetails> customers) {
    return customers.stream().map(CustomerDetails::externalId).toList();
  }

  @Test
  void theDataVersionMovesWithATieringRun() throws Exception {
    CustomerDataVersion before = queries.dataVersion();
    assertEquals(new CustomerDataVersion(0, 0, before.latestCustomer()), before);
    long run = new TieringEngine(connection, clock).run("tester").id();
    assertEquals(new CustomerDataVersion(run, 0, before.latestCustomer()), queries.dataVersion());
  }

  @Test
  void keysetPagesWalkEveryCustomerOnceInOrder() throws Exception {
    List<String> walked = new ArrayList<>();
    Long after = null;
    for (int page = 0; page < 10; page++) {
      List<CustomerDetails> rows = queries.list(CustomerFilter.NONE, CustomerSort.ID, 5, after == null ? 0 : 999, after);
      // With a key, the offset is ignored.
      if (rows.isEmpty()) {
        break;
      }
      walked.addAll(ids(rows));
      after = rows.get(rows.size() - 1).id();
    }
    assertEquals(ids(queries.list(CustomerFilter.NONE, CustomerSort.ID, 100, 0, null)), walked);
    assertEquals(23, walked.size());
  }

  @Test
  void unknownValuesSortBelowEveryKnownValue() throws Exception {
    List<String> desc = ids(queries.list(CustomerFilter.NONE, CustomerSort.BUSINESS_VALUE_DESC, 100, 0, null));
    assertEquals("T-21", desc.get(0));
    assertEquals("U-1", desc.get(desc.size() - 1));
    List<String> asc = ids(queries.list(CustomerFilter.NONE, CustomerSort.BUSINESS_VALUE_ASC, 2, 0, null));
    assertEquals(List.of("U-1", "T-1"), asc);
    List<String> cx = ids(queries.list(CustomerFilter.NONE, CustomerSort.CX_SCORE_DESC, 100, 0, null));
    assertEquals("U-2", cx.get(cx.size() - 1));
  }

  @Test
  void filtersByGridCellSegmentAndFoldedName() throws Exception {
    TieringRunSummary run = new TieringEngine(connection, clock).run("tester");
    connection.commit();
    long highHigh =
        run.cells().stream()
            .filter(c -> c.business() == Band.HIGH && c.cx() == Band.HIGH)
            .findFirst()
            .orElseThrow()
            .customers();
    CustomerFilter cell = new CustomerFilter(null, null, null, null, null, null, Band.HIGH, Band.HIGH);
    assertEquals(highHigh, queries.count(cell));
    assertEquals(List.of("T-20", "T-21"), ids(queries.list(cell, CustomerSort.ID, 10, 0, null)));

    assertEquals(8, queries.count(new CustomerFilter(null, null, "SEG1", null, null, null)));
    // Typed with a dotted capital İ and without the Turkish letters: the fold finds "Işık".
    assertEquals(List.of("U-1"), ids(queries.list(new CustomerFilter(null, null, null, null, "ISIK", null), 10, 0)));
    assertEquals(List.of("U-2"), ids(queries.list(new CustomerFilter(null, null, null, null, "ايران", null), 10, 0)));
  }

  @Test
  void gapsAreCountedPerOwner() throws Exception {
    List<OwnerGap> gaps = queries.gapsByOwner(10);
    assertEquals(2, gaps.size());
    assertTrue(gaps.contains(new OwnerGap("owner-1", 1, 1, 0)), gaps.toString());
    assertTrue(gaps.contains(new OwnerGap("owner-9", 1, 0, 1)), gaps.toString());
  }

  @Test
  void streamsEveryMatchingCustomer() throws Exception {
    List<String> seen = new ArrayList<>();
    queries.forEach(new CustomerFilter(null, "owner-9", null, null, null, null), CustomerSort.ID,
        customer -> seen.add(customer.externalId()));
    assertEquals(List.of("U-2"), seen);
  }

  @Test
  void paretoOfARunComesFromTheDatabaseInSlices() throws Exception {
    TieringRunSummary run = new TieringEngine(connection, clock).run("tester");
    connection.commit();
    ParetoCurve curve = new ParetoQuery(connection).curve(run.id());
    // 22 known business values: 1..21 and 7; total 238.
    assertEquals(23, curve.points().size());
    assertEquals(1.0, curve.points().get(22).valueShare(), 1e-9);
    assertEquals((21.0 + 20 + 19 + 18) / 238 + 0.4 * 17 / 238, curve.topFifthShare(), 1e-9);
  }
}
