package com.tierwise.bench;

import com.tierwise.demo.DemoCustomers;
import java.io.BufferedWriter;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Issue 3's benchmark (not a test): N signed-in portal users on the customers page of a database
 * with a million customers, each in a loop opening the page (first page and total), turning to
 * the next pages, and filtering by tier and turning a page of the filtered list, as a browser's
 * PrimeFaces ajax requests do. Reports p50/p95/p99 per kind of request.
 */
public final class PortalPageBenchmark {

  /** The requests a user makes, in the order of one loop. */
  enum Step {
    OPEN_PAGE,
    NEXT_PAGE,
    FILTER_BY_TIER,
    FILTERED_NEXT_PAGE
  }

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"|<update id=\"[^\"]*jakarta.faces.ViewState[^\"]*\"><!\\[CDATA\\[([^\\]]+)\\]\\]>");

  private final String portal;
  private final String password;
  /** Pause of a user between two requests, as a person reading the page would (0: none). */
  private final long thinkMillis = Long.getLong("think.ms", 0);

  private PortalPageBenchmark(String portal, String password) {
    this.portal = portal.endsWith("/") ? portal : portal + "/";
    this.password = password;
  }

  public static void main(String[] args) throws Exception {
    String portal = args[0];
    String password = args[1];
    int rows = Integer.parseInt(args[2]);
    int users = Integer.parseInt(args[3]);
    int seconds = Integer.parseInt(args[4]);
    Path output = Path.of(args[5]);
    PortalPageBenchmark bench = new PortalPageBenchmark(portal, password);
    bench.ensureCustomers(rows, output);
    String report = bench.measure(users, Duration.ofSeconds(10), Duration.ofSeconds(seconds), rows);
    Files.writeString(output.resolve("portal-" + rows + ".md"), report);
    System.out.println(report);
  }

  /** Imports the demo customers through the API and runs tiering, unless they are already there. */
  private void ensureCustomers(int rows, Path output) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    String authorization =
        "Basic " + Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> count =
        http.send(
            HttpRequest.newBuilder(URI.create(portal + "api/customers?limit=1"))
                .header("Authorization", authorization)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    long total = Long.parseLong(count.headers().firstValue("X-Total-Count").orElse("0"));
    if (total >= rows) {
      return;
    }
    Path csv = output.resolve("customers-" + rows + ".csv");
    if (!Files.exists(csv)) {
      try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
        new DemoCustomers(20261122L).writeCsv(rows, out);
      }
    }
    for (String[] call : List.of(new String[] {"api/customers/import", "text/csv"}, new String[] {"api/tiering/runs", "application/json"})) {
      HttpResponse<String> answer =
          http.send(
              HttpRequest.newBuilder(URI.create(portal + call[0]))
                  .header("Authorization", authorization)
                  .header("Content-Type", call[1])
                  .timeout(Duration.ofMinutes(10))
                  .POST(call[1].equals("text/csv") ? HttpRequest.BodyPublishers.ofFile(csv) : HttpRequest.BodyPublishers.noBody())
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() / 100 != 2) {
        throw new IllegalStateException(call[0] + " answered " + answer.statusCode() + ": " + answer.body());
      }
    }
  }

  private String measure(int users, Duration warmUp, Duration duration, int rows) throws Exception {
    List<User> signedIn = new ArrayList<>();
    for (int i = 0; i < users; i++) {
      User user = new User();
      user.signIn();
      signedIn.add(user);
    }
    long warmUntil = System.nanoTime() + warmUp.toNanos();
    long until = warmUntil + duration.toNanos();
    AtomicInteger errors = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(users);
    List<Future<Map<Step, List<Long>>>> results = new ArrayList<>();
    for (User user : signedIn) {
      results.add(pool.submit(() -> user.loop(warmUntil, until, errors)));
    }
    Map<Step, List<Long>> all = new EnumMap<>(Step.class);
    for (Future<Map<Step, List<Long>>> result : results) {
      result.get().forEach((step, times) -> all.computeIfAbsent(step, s -> new ArrayList<>()).addAll(times));
    }
    pool.shutdown();
    StringBuilder report =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "## Customers page, %,d customers, %d signed-in users, think time %d ms, %d s after %d s warm-up%n%n"
                    + "| request | count | per second | p50 ms | p95 ms | p99 ms | max ms |%n|---|---|---|---|---|---|---|%n",
                rows, users, thinkMillis, duration.toSeconds(), warmUp.toSeconds()));
    List<Long> everything = new ArrayList<>();
    for (Step step : Step.values()) {
      List<Long> times = all.getOrDefault(step, List.of());
      everything.addAll(times);
      report.append(row(step.name().toLowerCase(Locale.ROOT).replace('_', ' '), times, duration));
    }
    report.append(row("all", everything, duration));
    report.append(String.format(Locale.ROOT, "%nErrors: %d%n", errors.get()));
    return report.toString();
  }

  private static String row(String name, List<Long> nanos, Duration duration) {
    List<Long> sorted = new ArrayList<>(nanos);
    Collections.sort(sorted);
    return String.format(
        Locale.ROOT,
        "| %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f |%n",
        name,
        sorted.size(),
        sorted.size() / (double) duration.toSeconds(),
        percentile(sorted, 50),
        percentile(sorted, 95),
        percentile(sorted, 99),
        sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6);
  }

  private static double percentile(List<Long> sorted, double p) {
    if (sorted.isEmpty()) {
      return 0;
    }
    int index = (int) Math.ceil(p / 100 * sorted.size()) - 1;
    return sorted.get(Math.max(0, index)) / 1e6;
  }

  /** One browser: its own cookies (session), view state and page position. */
  private final class User {
    private final HttpClient http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    private String viewState;

    void signIn() throws Exception {
      String login = get("login.xhtml");
      Map<String, String> form = new LinkedHashMap<>();
      form.put("loginForm", "loginForm");
      form.put("loginForm:username", "admin");
      form.put("loginForm:password", password);
      form.put("loginForm:signIn", "");
      form.put("jakarta.faces.ViewState", viewState(login));
      String dashboard = post("login.xhtml", form, false);
      if (!dashboard.contains("logoutForm")) {
        throw new IllegalStateException("Sign-in failed: " + dashboard.substring(0, Math.min(500, dashboard.length())));
      }
    }

    Map<Step, List<Long>> loop(long warmUntil, long until, AtomicInteger errors) {
      Map<Step, List<Long>> times = new EnumMap<>(Step.class);
      while (System.nanoTime() < until) {
        for (Step step : Step.values()) {
          long started = System.nanoTime();
          try {
            run(step);
          } catch (Exception e) {
            errors.incrementAndGet();
            break;
          }
          long took = System.nanoTime() - started;
          if (started > warmUntil && System.nanoTime() < until) {
            times.computeIfAbsent(step, s -> new ArrayList<>()).add(took);
          }
          if (thinkMillis > 0) {
            try {
              Thread.sleep(thinkMillis);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              return times;
            }
          }
        }
      }
      return times;
    }

    private void run(Step step) throws Exception {
      switch (step) {
        case OPEN_PAGE -> {
          String page = get("app/customers.xhtml");
          viewState = viewState(page);
          expect(page, "customersForm:customers");
        }
        case NEXT_PAGE, FILTERED_NEXT_PAGE -> {
          Map<String, String> form = ajax("customersForm:customers", "customersForm:customers");
          form.put("customersForm:customers_pagination", "true");
          form.put("customersForm:customers_first", "25");
          form.put("customersForm:customers_rows", "25");
          form.put("customersForm:customers_skipChildren", "true");
          form.put("customersForm:customers_encodeFeature", "true");
          if (step == Step.FILTERED_NEXT_PAGE) {
            form.put("customersForm:tier_input", "A");
          }
          expect(post("app/customers.xhtml", form, true), "<tr");
        }
        case FILTER_BY_TIER -> {
          Map<String, String> form = ajax("customersForm:apply", "@form");
          form.put("customersForm:apply", "customersForm:apply");
          form.put("customersForm:tier_input", "A");
          form.put("jakarta.faces.partial.render", "customersForm:customers");
          expect(post("app/customers.xhtml", form, true), "Tier A");
        }
      }
    }

    private Map<String, String> ajax(String source, String execute) {
      Map<String, String> form = new LinkedHashMap<>();
      form.put("jakarta.faces.partial.ajax", "true");
      form.put("jakarta.faces.source", source);
      form.put("jakarta.faces.partial.execute", execute);
      form.put("jakarta.faces.partial.render", source);
      form.put(source, source);
      form.put("customersForm", "customersForm");
      form.put("jakarta.faces.ViewState", viewState);
      return form;
    }

    private void expect(String body, String text) {
      if (!body.contains(text)) {
        throw new IllegalStateException("Expected " + text + " in " + body.substring(0, Math.min(300, body.length())));
      }
    }

    private String get(String path) throws Exception {
      HttpResponse<String> response =
          http.send(HttpRequest.newBuilder(URI.create(portal + path)).build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(path + " answered " + response.statusCode());
      }
      return response.body();
    }

    private String post(String path, Map<String, String> form, boolean ajax) throws Exception {
      String body =
          form.entrySet().stream()
              .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
              .collect(Collectors.joining("&"));
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(portal + path))
              .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
              .POST(HttpRequest.BodyPublishers.ofString(body));
      if (ajax) {
        request.header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest");
      }
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200 || response.body().contains("<error>")) {
        throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
      }
      return response.body();
    }
  }

  private static String viewState(String page) {
    Matcher matcher = VIEW_STATE.matcher(page);
    if (!matcher.find()) {
      throw new IllegalStateException("No view state in the page");
    }
    return matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
  }
}
