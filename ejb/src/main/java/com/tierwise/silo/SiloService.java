package com.tierwise.silo;

import com.tierwise.platform.DataAccessFailure;
import com.tierwise.silo.SiloImportRejectedException.LineError;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Department segmentations: imported all-or-nothing (each department in the file replaces its
 * earlier segmentation), and compared with each other and with the computed tiers.
 */
@Stateless
public class SiloService {

  private static final Logger LOG = Logger.getLogger(SiloService.class.getName());

  @Resource private DataSource dataSource;

  /** Imports the file; answers the number of customers per department in it. */
  public Map<String, Long> importCsv(InputStream csv, String user) throws SiloImportRejectedException {
    List<SiloRow> rows;
    try {
      rows = SiloCsvReader.read(new InputStreamReader(csv, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new SiloImportRejectedException(List.of(new LineError(0, null, "the file could not be read: " + e.getMessage())));
    }
    Instant now = Clock.systemUTC().instant();
    try (Connection connection = dataSource.getConnection()) {
      Map<String, Long> ids = customerIds(connection, rows);
      List<LineError> errors = new ArrayList<>();
      for (SiloRow row : rows) {
        if (!ids.containsKey(row.externalId())) {
          errors.add(new LineError(row.line(), "external_id", "unknown customer " + row.externalId()));
        }
      }
      if (!errors.isEmpty()) {
        throw new SiloImportRejectedException(errors.subList(0, Math.min(errors.size(), SiloCsvReader.MAX_ERRORS)));
      }
      Map<String, Long> counts = new TreeMap<>();
      rows.forEach(row -> counts.merge(row.department(), 1L, Long::sum));
      try (PreparedStatement delete = connection.prepareStatement("DELETE FROM silo_segmentation WHERE department = ?")) {
        for (String department : counts.keySet()) {
          delete.setString(1, department);
          delete.executeUpdate();
        }
      }
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO silo_segmentation (department, customer_id, label, imported_by, imported_at) VALUES (?, ?, ?, ?, ?)")) {
        int batched = 0;
        for (SiloRow row : rows) {
          insert.setString(1, row.department());
          insert.setLong(2, ids.get(row.externalId()));
          insert.setString(3, row.label());
          insert.setString(4, user);
          insert.setTimestamp(5, Timestamp.from(now));
          insert.addBatch();
          if (++batched % 1000 == 0) {
            insert.executeBatch();
          }
        }
        insert.executeBatch();
      }
      LOG.info(() -> user + " imported segmentations " + counts);
      return counts;
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  private static Map<String, Long> customerIds(Connection connection, List<SiloRow> rows) throws SQLException {
    Map<String, Long> ids = new HashMap<>();
    try (PreparedStatement select = connection.prepareStatement("SELECT id FROM customer WHERE external_id = ?")) {
      for (String externalId : new LinkedHashSet<>(rows.stream().map(SiloRow::externalId).toList())) {
        select.setString(1, externalId);
        try (ResultSet row = select.executeQuery()) {
          if (row.next()) {
            ids.put(externalId, row.getLong(1));
          }
        }
      }
    }
    return ids;
  }

  /** Agreement of every pair of departments and of each with the computed tier; top disagreements. */
  public SiloReport report(int disagreementLimit) {
    // customer -> rater -> label, for customers some department labelled
    Map<String, Map<String, String>> labels = new TreeMap<>();
    Map<String, String> names = new HashMap<>();
    TreeSet<String> departments = new TreeSet<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT c.external_id, c.name, s.department, s.label,"
                    + " COALESCE((SELECT a.tier FROM tier_assignment a WHERE a.customer_id = c.id"
                    + " AND a.run_id = (SELECT MAX(id) FROM tiering_run)), 'UNTIERED')"
                    + " FROM silo_segmentation s JOIN customer c ON c.id = s.customer_id"
                    + " ORDER BY c.external_id, s.department");
        ResultSet row = select.executeQuery()) {
      while (row.next()) {
        String externalId = row.getString(1);
        names.put(externalId, row.getString(2));
        departments.add(row.getString(3));
        Map<String, String> byRater = labels.computeIfAbsent(externalId, k -> new LinkedHashMap<>());
        byRater.put(row.getString(3), row.getString(4));
        byRater.put(SiloReport.COMPUTED_TIER, row.getString(5));
      }
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
    Map<String, Long> counts = new TreeMap<>();
    labels.values().forEach(byRater -> byRater.keySet().stream()
        .filter(rater -> !rater.equals(SiloReport.COMPUTED_TIER))
        .forEach(rater -> counts.merge(rater, 1L, Long::sum)));
    List<String> raters = new ArrayList<>(departments);
    List<Agreement> agreements = new ArrayList<>();
    for (int i = 0; i < raters.size(); i++) {
      for (int j = i + 1; j < raters.size(); j++) {
        agreements.add(agree(raters.get(i), raters.get(j), labels));
      }
    }
    for (String department : raters) {
      agreements.add(agree(department, SiloReport.COMPUTED_TIER, labels));
    }
    List<SiloReport.Disagreement> disagreements =
        labels.entrySet().stream()
            .map(e -> new SiloReport.Disagreement(
                e.getKey(), names.get(e.getKey()), (int) e.getValue().values().stream().distinct().count(), e.getValue()))
            .filter(d -> d.distinctLabels() > 1)
            .sorted(Comparator.comparingInt(SiloReport.Disagreement::distinctLabels).reversed()
                .thenComparing(SiloReport.Disagreement::externalId))
            .limit(disagreementLimit)
            .toList();
    return new SiloReport(counts, agreements, disagreements);
  }

  private static Agreement agree(String a, String b, Map<String, Map<String, String>> labels) {
    List<String[]> pairs = new ArrayList<>();
    for (Map<String, String> byRater : labels.values()) {
      String la = byRater.get(a);
      String lb = byRater.get(b);
      if (la != null && lb != null) {
        pairs.add(new String[] {la, lb});
      }
    }
    return CohenKappa.of(a, b, pairs);
  }
}
