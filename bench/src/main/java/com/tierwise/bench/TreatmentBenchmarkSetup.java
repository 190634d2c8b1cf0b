package com.tierwise.bench;

import com.tierwise.demo.DemoCustomers;
import java.io.BufferedWriter;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prepares the treatment benchmark (bench/treatment.sh): imports N demo customers through the API
 * unless they are there, runs tiering, makes every 100th customer an HIC, and creates a service
 * token, printed alone on the last line for the load generator.
 *
 * <p>Arguments: apiBase adminPassword jdbcUrl rows outputDir.
 */
public final class TreatmentBenchmarkSetup {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

  private TreatmentBenchmarkSetup() {}

  public static void main(String[] args) throws Exception {
    String api = args[0].endsWith("/") ? args[0] : args[0] + "/";
    String basic = "Basic " + Base64.getEncoder().encodeToString(("admin:" + args[1]).getBytes(StandardCharsets.UTF_8));
    int rows = Integer.parseInt(args[3]);
    Path output = Path.of(args[4]);
    Files.createDirectories(output);

    HttpResponse<String> count = send(HttpRequest.newBuilder(URI.create(api + "customers?limit=0")).header("Authorization", basic).GET());
    long present = Long.parseLong(count.headers().firstValue("X-Total-Count").orElse("0"));
    if (present != rows) {
      Path csv = output.resolve("customers-" + rows + ".csv");
      if (!Files.exists(csv)) {
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
          new DemoCustomers(20261122L).writeCsv(rows, out);
        }
      }
      System.err.println("importing " + rows + " customers: "
          + send(post(api + "customers/import", basic, "text/csv", HttpRequest.BodyPublishers.ofFile(csv))).body());
      System.err.println("tiering run: "
          + send(post(api + "tiering/runs", basic, "application/json", HttpRequest.BodyPublishers.noBody())).statusCode());
      try (Connection connection = DriverManager.getConnection(args[2]);
          Statement sql = connection.createStatement()) {
        sql.executeUpdate("UPDATE customer SET hic = TRUE WHERE MOD(id, 100) = 0");
        sql.execute("VACUUM ANALYZE customer");
        sql.execute("VACUUM ANALYZE tier_assignment");
      }
    }
    String name = "bench-" + System.currentTimeMillis();
    HttpResponse<String> created =
        send(post(api + "tokens", basic, "application/json",
            HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\",\"roles\":[\"CCSX\"]}")));
    Matcher token = Pattern.compile("\"token\"\\s*:\\s*\"(tw_[A-Za-z0-9_-]+)\"").matcher(created.body());
    if (created.statusCode() != 201 || !token.find()) {
      throw new IllegalStateException("token not created: " + created.statusCode() + " " + created.body());
    }
    System.out.println(token.group(1));
  }

  private static HttpRequest.Builder post(String uri, String auth, String type, HttpRequest.BodyPublisher body) {
    return HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofMinutes(10))
        .header("Authorization", auth).header("Content-Type", type).POST(body);
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
