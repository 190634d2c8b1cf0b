package com.tierwise.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tierwise.customer.CustomerFilter;
import com.tierwise.customer.CustomerService;
import com.tierwise.customer.imports.ImportRejectedException;
import com.tierwise.it.support.Deployments;
import com.tierwise.it.support.TestDatabase;
import com.tierwise.tiering.Band;
import com.tierwise.tiering.Cuts;
import com.tierwise.tiering.Percentiles;
import com.tierwise.tiering.Tier;
import com.tierwise.tiering.TieringPolicy;
import com.tierwise.tiering.TieringRunSummary;
import com.tierwise.tiering.TieringService;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The services inside WildFly against PostgreSQL: the SQL tiering run agrees with the plain-Java
 * definition of percentiles and bands on data full of ties, negatives and gaps, and a refused
 * import leaves the database exactly as it was.
 */
@ExtendWith(ArquillianExtension.class)
class TieringServiceIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.ejbModule("tiering-service-it", TestDatabase.class);
  }

  @EJB private TieringService tiering;
  @EJB private CustomerService customers;
  @Resource private DataSource dataSource;

  @BeforeEach
  void emptyDatabase() throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      TestDatabase.resetCustomers(connection);
    }
  }

  private record Row(String id, BigDecimal business, BigDecimal cx) {}

  @Test
  void theDatabaseRunAgreesWithTheDefinitionOnEveryCustomer() throws Exception {
    SplittableRandom random = new SplittableRandom(42);
    List<Row> rows = new ArrayList<>();
    StringBuilder csv = new StringBuilder("external_id,name,business_value,cx_score\n");
    for (int i = 0; i < 2_000; i++) {
      // Coarse values make many ties; some negatives; a few gaps on each axis.
      BigDecimal business =
          random.nextInt(100) < 3 ? null : BigDecimal.valueOf(random.nextInt(-50, 400) * 25L);
      BigDecimal cx = random.nextInt(100) < 5 ? null : BigDecimal.valueOf(random.nextInt(1, 6));
      Row row = new Row("R-" + i, business, cx);
      rows.add(row);
      csv.append(row.id).append(",Row ").append(i).append(',')
          .append(business == null ? "" : business.toPlainString()).append(',')
          .append(cx == null ? "" : cx.toPlainString()).append('\n');
    }
    customers.importCsv(new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), "it");

    TieringRunSummary run = tiering.run("it");

    Map<String, Band> businessBands = bands(rows, true, TieringPolicy.DEFAULT.businessCuts());
    Map<String, Band> cxBands = bands(rows, false, TieringPolicy.DEFAULT.cxCuts());
    Map<String, Long> expectedCounts = new HashMap<>();
    int checked = 0;
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT c.external_id, a.tier, a.business_band, a.cx_band, a.business_percentile"
                    + " FROM tier_assignment a JOIN customer c ON c.id = a.customer_id WHERE a.run_id = ?")) {
      select.setLong(1, run.id());
      try (ResultSet result = select.executeQuery()) {
        while (result.next()) {
          String id = result.getString(1);
          Band business = businessBands.get(id);
          Band cx = cxBands.get(id);
          Tier expected = TieringPolicy.DEFAULT.tierOf(business, cx);
          assertEquals(expected == null ? null : expected.name(), result.getString(2), id);
          assertEquals(business == null ? null : business.name(), result.getString(3), id);
          assertEquals(cx == null ? null : cx.name(), result.getString(4), id);
          expectedCounts.merge(expected == null ? "UNTIERED" : expected.name(), 1L, Long::sum);
          checked++;
        }
      }
    }
    assertEquals(rows.size(), checked);
    for (Map.Entry<String, Long> count : expectedCounts.entrySet()) {
      assertEquals(count.getValue(), run.counts().get(count.getKey()), count.getKey());
    }
    assertTrue(
        run.warnings().stream().anyMatch(w -> w.band() == Band.HIGH && w.tieCount() != null),
        "a 1-5 scale leaves the CX HIGH band empty: " + run.warnings());
  }

  /** The plain-Java reference: strictly-lower counts among known values, banded exactly. */
  private static Map<String, Band> bands(List<Row> rows, boolean business, Cuts cuts) {
    List<BigDecimal> known = new ArrayList<>();
    for (Row row : rows) {
      BigDecimal value = business ? row.business : row.cx;
      if (value != null) {
        known.add(value);
      }
    }
    known.sort(BigDecimal::compareTo);
    Map<String, Band> bands = new HashMap<>();
    for (Row row : rows) {
      BigDecimal value = business ? row.business : row.cx;
      if (value != null) {
        long lower = lowerCount(known, value);
        Percentiles.percentile(lower, known.size()); // the definition accepts it
        bands.put(row.id, cuts.bandOf(lower, known.size()));
      }
    }
    return bands;
  }

  private static long lowerCount(List<BigDecimal> sorted, BigDecimal value) {
    int low = 0;
    int high = sorted.size();
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (sorted.get(middle).compareTo(value) < 0) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  @Test
  void aRefusedImportChangesNothing() throws Exception {
    customers.importCsv(
        new ByteArrayInputStream("external_id,name,business_value\nA-1,Before,1\n".getBytes(StandardCharsets.UTF_8)),
        "it");
    byte[] mixed =
        ("external_id,name,business_value\nA-1,After,2\nA-2,New,3\nA-3,Broken,not-a-number\n")
            .getBytes(StandardCharsets.UTF_8);
    ImportRejectedException refused =
        assertThrows(
            ImportRejectedException.class,
            () -> customers.importCsv(new ByteArrayInputStream(mixed), "it"));
    assertEquals(4, refused.errors().get(0).line());
    assertEquals(1, customers.count(CustomerFilter.NONE));
    assertEquals("Before", customers.find("A-1").orElseThrow().name());
  }
}
