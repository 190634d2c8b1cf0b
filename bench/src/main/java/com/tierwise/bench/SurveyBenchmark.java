package com.tierwise.bench;

import com.tierwise.demo.DemoCustomers;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Issue 5's benchmark: ingest survey responses through the API in batches of 10,000 (the most one
 * call takes) and compute NPS by tier and by touchpoint for a year, each query timed as a client
 * sees it (median of five).
 *
 * <p>Arguments: apiBase adminPassword customers responses outputDir.
 */
public final class SurveyBenchmark {

  private static final String[] TOUCHPOINTS = {"AFTER_PURCHASE", "WEBSITE_VISIT", "SERVICE_CALL", "SALES_CALL"};
  private static final int BATCH = 10_000;

  private final String api;
  private final String authorization;
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

  private SurveyBenchmark(String api, String password) {
    this.api = api.endsWith("/") ? api : api + "/";
    this.authorization =
        "Basic " + Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
  }

  public static void main(String[] args) throws Exception {
    int customers = Integer.parseInt(args[2]);
    int responses = Integer.parseInt(args[3]);
    Path output = Path.of(args[4]);
    Files.createDirectories(output);
    String report = new SurveyBenchmark(args[0], args[1]).measure(customers, responses);
    Files.writeString(output.resolve("survey-results-" + responses + ".md"), report);
    System.out.println(report);
  }

  private String measure(int customers, int responses) throws Exception {
    StringBuilder report = new StringBuilder("# Survey benchmark: " + responses + " responses, " + customers + " customers\n\n");
    StringWriter csv = new StringWriter();
    new DemoCustomers(20261122L).writeCsv(customers, csv);
    long started = System.nanoTime();
    expect(200, send("customers/import", "text/csv", csv.toString()));
    expect(201, send("tiering/runs", "application/json", ""));
    report.append(String.format(Locale.ROOT, "- set-up (import and tiering run): %.1f s%n", seconds(started)));

    Instant now = Instant.now();
    long yearSeconds = Duration.ofDays(365).toSeconds();
    SplittableRandom random = new SplittableRandom(5);
    started = System.nanoTime();
    List<Double> batchSeconds = new ArrayList<>();
    for (int sent = 0; sent < responses; sent += BATCH) {
      StringBuilder body = new StringBuilder(BATCH * 140).append('[');
      int size = Math.min(BATCH, responses - sent);
      for (int i = 0; i < size; i++) {
        if (i > 0) {
          body.append(',');
        }
        body.append("{\"externalId\":\"").append(String.format(Locale.ROOT, "DEMO-%06d", 1 + random.nextInt(customers)))
            .append("\",\"touchpoint\":\"").append(TOUCHPOINTS[random.nextInt(4)])
            .append("\",\"score\":").append(random.nextInt(11))
            .append(",\"comment\":").append(random.nextInt(4) == 0 ? "\"Teslimat gecikti; پشتیبانی خوب بود\"" : "null")
            .append(",\"respondedAt\":\"").append(now.minusSeconds(1 + random.nextLong(yearSeconds))).append("\"}");
      }
      long batch = System.nanoTime();
      expect(201, send("surveys/responses", "application/json", body.append(']').toString()));
      batchSeconds.add(seconds(batch));
    }
    double ingest = seconds(started);
    batchSeconds.sort(null);
    report.append(String.format(Locale.ROOT,
        "- ingest through `POST /surveys/responses` in %d calls of up to %d: %.1f s, %.0f responses/s;"
            + " per call median %.2f s, slowest %.2f s%n",
        batchSeconds.size(), BATCH, ingest, responses / ingest, batchSeconds.get(batchSeconds.size() / 2),
        batchSeconds.get(batchSeconds.size() - 1)));

    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    String year = "from=" + today.minusYears(1) + "&to=" + today;
    for (String query :
        List.of(
            "nps?" + year, "nps?tier=A&" + year, "nps?touchpoint=SERVICE_CALL&" + year,
            "nps/breakdown?by=TIER&" + year, "nps/breakdown?by=TOUCHPOINT&" + year, "nps/breakdown?by=HIC&" + year,
            "nps/trend?period=MONTH&" + year, "nps/resurvey?" + year)) {
      List<Double> times = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        long call = System.nanoTime();
        expect(200, get(query));
        times.add(seconds(call) * 1000);
      }
      times.sort(null);
      report.append(String.format(Locale.ROOT, "- `GET /%s`: median %.0f ms (fastest %.0f, slowest %.0f)%n",
          query.replace(year, "<last year>"), times.get(2), times.get(0), times.get(4)));
    }
    return report.toString();
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private HttpResponse<String> send(String path, String type, String body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(api + path)).timeout(Duration.ofMinutes(30))
            .header("Authorization", authorization).header("Content-Type", type)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(api + path)).timeout(Duration.ofMinutes(5))
            .header("Authorization", authorization).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static void expect(int status, HttpResponse<String> response) {
    if (response.statusCode() != status) {
      String body = response.body();
      throw new IllegalStateException(
          response.uri() + " answered " + response.statusCode() + ": " + body.substring(0, Math.min(500, body.length())));
    }
  }
}
