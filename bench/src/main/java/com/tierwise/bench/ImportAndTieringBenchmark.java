package com.tierwise.bench;

import com.tierwise.demo.DemoCustomers;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import org.postgresql.PGConnection;

/**
 * Issue 2's benchmark: a 1,000,000-customer import through the API against PostgreSQL's own COPY
 * of the same file into an equivalent table, and a full tiering run through the API against one
 * hand-written INSERT ... SELECT with PERCENT_RANK and the grid CASE writing the same
 * assignments. Both sides run in the same process on the same database, one after the other.
 *
 * <p>Arguments: apiBase adminPassword jdbcUrl rows metricsUrl outputDir.
 */
public final class ImportAndTieringBenchmark {

  private final String api;
  private final String authorization;
  private final String jdbcUrl;
  private final String metricsUrl;
  private final HttpClient http = HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private ImportAndTieringBenchmark(String api, String password, String jdbcUrl, String metricsUrl) {
    this.api = api.endsWith("/") ? api : api + "/";
    this.authorization =
        "Basic " + Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
    this.jdbcUrl = jdbcUrl;
    this.metricsUrl = metricsUrl;
  }

  public static void main(String[] args) throws Exception {
    int rows = Integer.parseInt(args[3]);
    Path output = Path.of(args[5]);
    Files.createDirectories(output);
    ImportAndTieringBenchmark bench = new ImportAndTieringBenchmark(args[0], args[1], args[2], args[4]);
    StringBuilder report = new StringBuilder();
    report.append(bench.measure(rows, output));
    report.append(bench.measureReports());
    Files.writeString(output.resolve("results-" + rows + ".md"), report.toString());
    System.out.println(report);
  }

  private String measure(int rows, Path output) throws Exception {
    Path csv = output.resolve("customers-" + rows + ".csv");
    if (!Files.exists(csv)) {
      try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
        new DemoCustomers(20261122L).writeCsv(rows, out);
      }
    }
    emptyApplicationTables();
    double heapBefore = HeapSampler.usedHeapNow(metricsUrl) / (1024 * 1024);

    double copySeconds = copyBaseline(csv);

    long started = System.nanoTime();
    double importHeap;
    String importAnswer;
    try (HeapSampler heap = new HeapSampler(metricsUrl).start()) {
      importAnswer = post("customers/import", "text/csv", HttpRequest.BodyPublishers.ofFile(csv));
      importHeap = heap.peakMiB();
    }
    double importSeconds = seconds(started);

    started = System.nanoTime();
    String updateAnswer = post("customers/import", "text/csv", HttpRequest.BodyPublishers.ofFile(csv));
    double updateSeconds = seconds(started);

    double sqlSeconds = tieringBaseline();

    started = System.nanoTime();
    double runHeap;
    try (HeapSampler heap = new HeapSampler(metricsUrl).start()) {
      post("tiering/runs", "application/json", HttpRequest.BodyPublishers.noBody());
      runHeap = heap.peakMiB();
    }
    double firstRunSeconds = seconds(started);
    started = System.nanoTime();
    String secondRun = post("tiering/runs", "application/json", HttpRequest.BodyPublishers.noBody());
    double secondRunSeconds = seconds(started);

    return String.format(
        Locale.ROOT,
        "## %,d customers (%.0f MB CSV)%n%n"
            + "| measurement | seconds | ratio |%n|---|---|---|%n"
            + "| PostgreSQL COPY of the file into an equivalent table | %.2f | 1.00 |%n"
            + "| API import, all new customers | %.2f | %.2f |%n"
            + "| API import of the same file again (all updates) | %.2f | %.2f |%n"
            + "| hand-written INSERT ... SELECT (PERCENT_RANK + grid CASE) | %.2f | 1.00 |%n"
            + "| API tiering run, first | %.2f | %.2f |%n"
            + "| API tiering run, second (with movements) | %.2f | %.2f |%n%n"
            + "Server heap used: %.0f MiB before; peak %.0f MiB during the import, %.0f MiB during the run.%n"
            + "Import answer: %s; update answer: %s.%nSecond run: %s%n",
        rows,
        Files.size(csv) / 1e6,
        copySeconds,
        importSeconds,
        importSeconds / copySeconds,
        updateSeconds,
        updateSeconds / copySeconds,
        sqlSeconds,
        firstRunSeconds,
        firstRunSeconds / sqlSeconds,
        secondRunSeconds,
        secondRunSeconds / sqlSeconds,
        heapBefore,
        importHeap,
        runHeap,
        importAnswer,
        updateAnswer,
        secondRun.length() > 200 ? secondRun.substring(0, 200) + "..." : secondRun);
  }

  /**
   * Issue 6: the executive tier report (PDF) over the customers just tiered, target under 5 s with
   * the server's heap under 512 MB. The first request also compiles the template; the next three
   * are the steady state. The CX report and the XLSX format are measured once beside it.
   */
  private String measureReports() throws Exception {
    StringBuilder table = new StringBuilder();
    table.append(String.format(Locale.ROOT, "%n## Executive reports%n%n| report | seconds | bytes | peak heap MiB |%n|---|---|---|---|%n"));
    String[] requests = {
      "reports/executive-tier?format=pdf&locale=en", "reports/executive-tier?format=pdf&locale=fa",
      "reports/executive-tier?format=pdf&locale=tr", "reports/executive-tier?format=pdf&locale=en",
      "reports/executive-tier?format=xlsx&locale=en", "reports/cx?format=pdf&locale=en"
    };
    for (int i = 0; i < requests.length; i++) {
      long started = System.nanoTime();
      int bytes;
      double heap;
      try (HeapSampler sampler = new HeapSampler(metricsUrl).start()) {
        bytes = get(requests[i]).length;
        heap = sampler.peakMiB();
      }
      table.append(
          String.format(
              Locale.ROOT, "| %s%s | %.2f | %,d | %.0f |%n", requests[i], i == 0 ? " (first: compiles the template)" : "",
              seconds(started), bytes, heap));
    }
    return table.toString();
  }

  private byte[] get(String path) throws IOException, InterruptedException {
    HttpResponse<byte[]> answer =
        http.send(
            HttpRequest.newBuilder(URI.create(api + path))
                .timeout(Duration.ofMinutes(30))
                .header("Authorization", authorization)
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    if (answer.statusCode() / 100 != 2) {
      throw new IllegalStateException(path + " answered " + answer.statusCode());
    }
    return answer.body();
  }

  private void emptyApplicationTables() throws Exception {
    try (Connection connection = DriverManager.getConnection(jdbcUrl);
        Statement sql = connection.createStatement()) {
      sql.execute("TRUNCATE tier_assignment, tiering_run_cell, tiering_run_movement, tiering_run_warning");
      sql.execute("DELETE FROM tiering_run");
      sql.execute("TRUNCATE customer CASCADE");
      sql.execute("VACUUM ANALYZE");
    }
  }

  /** COPY into a table with the customer table's columns, keys and indexes. */
  private double copyBaseline(Path csv) throws Exception {
    try (Connection connection = DriverManager.getConnection(jdbcUrl);
        Statement sql = connection.createStatement()) {
      sql.execute("DROP TABLE IF EXISTS bench_copy");
      sql.execute(
          "CREATE TABLE bench_copy (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
              + " external_id VARCHAR(64) NOT NULL UNIQUE, name VARCHAR(300) NOT NULL,"
              + " business_value NUMERIC(24, 6), cx_score NUMERIC(24, 6), revenue NUMERIC(24, 6),"
              + " share_of_wallet NUMERIC(7, 6), country VARCHAR(2), industry VARCHAR(100),"
              + " segment VARCHAR(100), owner VARCHAR(100), email VARCHAR(254))");
      sql.execute("CREATE INDEX ix_bench_copy_owner ON bench_copy (owner)");
      // The customer table's indexes for the portal (V4, and V5's trigram index on the name).
      sql.execute("CREATE INDEX ix_bench_copy_business ON bench_copy (business_value NULLS FIRST, id)");
      sql.execute("CREATE INDEX ix_bench_copy_cx ON bench_copy (cx_score NULLS FIRST, id)");
      sql.execute("CREATE INDEX ix_bench_copy_name ON bench_copy USING gin (name public.gin_trgm_ops)");
      long started = System.nanoTime();
      try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
        connection.unwrap(PGConnection.class)
            .getCopyAPI()
            .copyIn(
                "COPY bench_copy (external_id, name, business_value, cx_score, revenue,"
                    + " share_of_wallet, country, industry, segment, owner, email)"
                    + " FROM STDIN WITH (FORMAT csv, HEADER true)",
                in);
      }
      double seconds = seconds(started);
      sql.execute("DROP TABLE bench_copy");
      return seconds;
    }
  }

  /** The same assignments as a run, written by one hand-written statement. */
  private double tieringBaseline() throws Exception {
    try (Connection connection = DriverManager.getConnection(jdbcUrl);
        Statement sql = connection.createStatement()) {
      sql.execute("DROP TABLE IF EXISTS bench_assignment");
      sql.execute("CREATE TABLE bench_assignment (LIKE tier_assignment INCLUDING ALL)");
      long started = System.nanoTime();
      sql.execute(
          "INSERT INTO bench_assignment (run_id, customer_id, business_value, cx_score,"
              + " business_percentile, cx_percentile, business_band, cx_band, computed_tier, tier)"
              + " SELECT 1, id, business_value, cx_score, bp, cp, bb, cb, t, t FROM ("
              + "  SELECT *, CASE bb || '/' || cb"
              + "   WHEN 'HIGH/LOW' THEN 'B' WHEN 'HIGH/MID' THEN 'A' WHEN 'HIGH/HIGH' THEN 'A'"
              + "   WHEN 'MID/LOW' THEN 'B' WHEN 'MID/MID' THEN 'B' WHEN 'MID/HIGH' THEN 'A'"
              + "   WHEN 'LOW/LOW' THEN 'C' WHEN 'LOW/MID' THEN 'C' WHEN 'LOW/HIGH' THEN 'B' END AS t"
              + "  FROM (SELECT id, business_value, cx_score, bp, cp,"
              + "   CASE WHEN bp IS NULL THEN NULL WHEN bp >= 95 THEN 'HIGH' WHEN bp >= 50 THEN 'MID' ELSE 'LOW' END AS bb,"
              + "   CASE WHEN cp IS NULL THEN NULL WHEN cp >= 95 THEN 'HIGH' WHEN cp >= 50 THEN 'MID' ELSE 'LOW' END AS cb"
              + "   FROM (SELECT id, business_value, cx_score,"
              + "    CASE WHEN business_value IS NULL THEN NULL ELSE 100 * PERCENT_RANK() OVER"
              + "     (PARTITION BY business_value IS NULL ORDER BY business_value) END AS bp,"
              + "    CASE WHEN cx_score IS NULL THEN NULL ELSE 100 * PERCENT_RANK() OVER"
              + "     (PARTITION BY cx_score IS NULL ORDER BY cx_score) END AS cp"
              + "    FROM customer) r) b) g");
      double seconds = seconds(started);
      sql.execute("DROP TABLE bench_assignment");
      return seconds;
    }
  }

  private String post(String path, String type, HttpRequest.BodyPublisher body) throws IOException, InterruptedException {
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(URI.create(api + path))
                .timeout(Duration.ofMinutes(30))
                .header("Authorization", authorization)
                .header("Content-Type", type)
                .POST(body)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() / 100 != 2) {
      throw new IllegalStateException(path + " answered " + answer.statusCode() + ": " + answer.body());
    }
    String text = answer.body();
    return text.length() > 300 ? text.substring(0, 300) + "..." : text;
  }

  private static double seconds(long startedNanos) {
    return (System.nanoTime() - startedNanos) / 1e9;
  }
}
