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
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Issue 7's sustained load test (not a test of the build): for a fixed time, signed-in portal
 * users (dashboard, customers page, next page), service clients looking up treatments with a
 * bearer token and a survey feed posting response batches, all at once and each at a bounded
 * rate, against one server on loopback. Every 30 s it forces a GC in the server (jcmd) and reads
 * the used heap from the metrics endpoint, so heap after warm-up and at the end can be compared.
 * Writes load.md with throughput, p50/p95/p99 and errors per kind of request.
 *
 * <p>Arguments: baseUrl adminPassword customers seconds outputDir serverPid. Rates and
 * concurrency are system properties (see bench/load.sh).
 */
public final class LoadTest {

  enum Kind {
    PORTAL_DASHBOARD("portal: dashboard"),
    PORTAL_CUSTOMERS("portal: customers page"),
    PORTAL_NEXT_PAGE("portal: next page (ajax)"),
    TREATMENT("API: treatment look-up (bearer)"),
    SURVEY_BATCH("API: survey batch post");

    final String label;

    Kind(String label) {
      this.label = label;
    }
  }

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"|<update id=\"[^\"]*jakarta.faces.ViewState[^\"]*\"><!\\[CDATA\\[([^\\]]+)\\]\\]>");
  private static final Pattern HEAP_USED =
      Pattern.compile("(?m)^jvm_memory_used_bytes\\{[^}]*area=\"heap\"[^}]*\\} (\\S+)$");
  private static final String[] TOUCHPOINTS = {"AFTER_PURCHASE", "WEBSITE_VISIT", "SERVICE_CALL", "SALES_CALL"};

  private final String base;
  private final String password;
  private final String basic;
  private final int customers;
  private final HttpClient api =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
  private final Map<Kind, List<Long>> latencies = new EnumMap<>(Kind.class);
  private final Map<Kind, AtomicLong> errors = new EnumMap<>(Kind.class);
  private final Map<String, Integer> errorSamples = new ConcurrentHashMap<>();
  private volatile long measureFrom;
  private volatile long until;
  private String token;

  private LoadTest(String base, String password, int customers) {
    this.base = base.endsWith("/") ? base : base + "/";
    this.password = password;
    this.basic = "Basic " + Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
    this.customers = customers;
    for (Kind kind : Kind.values()) {
      latencies.put(kind, Collections.synchronizedList(new ArrayList<>()));
      errors.put(kind, new AtomicLong());
    }
  }

  public static void main(String[] args) throws Exception {
    LoadTest load = new LoadTest(args[0], args[1], Integer.parseInt(args[2]));
    int seconds = Integer.parseInt(args[3]);
    Path output = Path.of(args[4]);
    String pid = args[5];
    Files.createDirectories(output);
    load.prepare(output);
    String report = load.run(Duration.ofSeconds(seconds), pid);
    Files.writeString(output.resolve("load.md"), report);
    System.out.println(report);
  }

  /** The demo customers, imported and tiered unless present, and a service token (role CCSX). */
  private void prepare(Path output) throws Exception {
    HttpResponse<String> count = send(HttpRequest.newBuilder(URI.create(base + "api/customers?limit=1")).header("Authorization", basic));
    long present = Long.parseLong(count.headers().firstValue("X-Total-Count").orElse("0"));
    if (present < customers) {
      Path csv = output.resolve("customers-" + customers + ".csv");
      if (!Files.exists(csv)) {
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
          new DemoCustomers(20261122L).writeCsv(customers, out);
        }
      }
      expect2xx("import", send(post("api/customers/import", "text/csv", HttpRequest.BodyPublishers.ofFile(csv)).header("Authorization", basic)));
      expect2xx("tiering", send(post("api/tiering/runs", "application/json", HttpRequest.BodyPublishers.noBody()).header("Authorization", basic)));
    }
    HttpResponse<String> created =
        send(post("api/tokens", "application/json",
                HttpRequest.BodyPublishers.ofString("{\"name\":\"load-" + System.currentTimeMillis() + "\",\"roles\":[\"CCSX\"]}"))
            .header("Authorization", basic));
    Matcher matcher = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(created.body());
    if (created.statusCode() != 201 || !matcher.find()) {
      throw new IllegalStateException("token not created: " + created.statusCode() + " " + created.body());
    }
    token = matcher.group(1);
  }

  private String run(Duration duration, String pid) throws Exception {
    int portalUsers = Integer.getInteger("load.portal.users", 4);
    long portalInterval = Long.getLong("load.portal.interval.ms", 250);
    int treatmentWorkers = Integer.getInteger("load.treatment.workers", 4);
    long treatmentInterval = Long.getLong("load.treatment.interval.ms", 20);
    long surveyInterval = Long.getLong("load.survey.interval.ms", 1000);
    int surveyBatch = Integer.getInteger("load.survey.batch", 20);
    Duration warmUp = Duration.ofSeconds(Long.getLong("load.warmup.s", 60));
    String loadBefore = loadAverage();

    List<Portal> users = new ArrayList<>();
    for (int i = 0; i < portalUsers; i++) {
      Portal user = new Portal();
      user.signIn();
      users.add(user);
    }
    long start = System.nanoTime();
    measureFrom = start + warmUp.toNanos();
    until = start + warmUp.toNanos() + duration.toNanos();
    List<Thread> threads = new ArrayList<>();
    for (Portal user : users) {
      threads.add(paced("portal", portalInterval, user::step));
    }
    for (int i = 0; i < treatmentWorkers; i++) {
      threads.add(paced("treatment", treatmentInterval, this::treatment));
    }
    threads.add(paced("survey", surveyInterval, () -> surveyBatch(surveyBatch)));
    threads.forEach(Thread::start);

    List<String[]> heap = new ArrayList<>();
    long nextSample = start + warmUp.toNanos();
    while (System.nanoTime() < until) {
      long now = System.nanoTime();
      if (now >= nextSample) {
        heap.add(new String[] {
          Long.toString(Duration.ofNanos(now - measureFrom).toSeconds()), String.format(Locale.ROOT, "%.1f", heapAfterGc(pid)), loadAverage()});
        nextSample += Duration.ofSeconds(30).toNanos();
      }
      Thread.sleep(500);
    }
    for (Thread thread : threads) {
      thread.join(60_000);
    }
    heap.add(new String[] {Long.toString(duration.toSeconds()) + " (end)", String.format(Locale.ROOT, "%.1f", heapAfterGc(pid)), loadAverage()});
    return report(duration, warmUp, heap, loadBefore, portalUsers, portalInterval, treatmentWorkers, treatmentInterval, surveyInterval, surveyBatch);
  }

  /** A worker that calls {@code step} at most once per interval until the end. */
  private Thread paced(String name, long intervalMillis, Step step) {
    Thread thread =
        new Thread(
            () -> {
              long interval = Duration.ofMillis(intervalMillis).toNanos();
              long next = System.nanoTime();
              while (System.nanoTime() < until) {
                step.run();
                next = Math.max(next + interval, System.nanoTime() - interval);
                long wait = next - System.nanoTime();
                if (wait > 0) {
                  try {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              }
            },
            name);
    thread.setDaemon(true);
    return thread;
  }

  @FunctionalInterface
  private interface Step {
    void run();
  }

  private void timed(Kind kind, Call call) {
    long started = System.nanoTime();
    try {
      call.run();
      long finished = System.nanoTime();
      if (started >= measureFrom && finished <= until) {
        latencies.get(kind).add(finished - started);
      }
    } catch (Exception e) {
      if (started >= measureFrom) {
        errors.get(kind).incrementAndGet();
        String message = kind + ": " + String.valueOf(e.getMessage());
        errorSamples.merge(message.substring(0, Math.min(200, message.length())), 1, Integer::sum);
      }
    }
  }

  @FunctionalInterface
  private interface Call {
    void run() throws Exception;
  }

  private void treatment() {
    String id = String.format(Locale.ROOT, "DEMO-%06d", ThreadLocalRandom.current().nextInt(1, customers + 1));
    timed(Kind.TREATMENT, () -> expect2xx("treatment",
        send(HttpRequest.newBuilder(URI.create(base + "api/customers/" + id + "/treatment"))
            .header("Authorization", "Bearer " + token).header("Accept", "application/json"))));
  }

  private void surveyBatch(int size) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    StringBuilder body = new StringBuilder("[");
    for (int i = 0; i < size; i++) {
      body.append(i == 0 ? "" : ",")
          .append(String.format(Locale.ROOT,
              "{\"externalId\":\"DEMO-%06d\",\"touchpoint\":\"%s\",\"score\":%d,\"comment\":\"load test\",\"respondedAt\":\"%s\"}",
              random.nextInt(1, customers + 1), TOUCHPOINTS[random.nextInt(TOUCHPOINTS.length)], random.nextInt(0, 11),
              now.minusSeconds(random.nextInt(1, 86_400))));
    }
    String json = body.append(']').toString();
    timed(Kind.SURVEY_BATCH, () -> expect2xx("survey",
        send(post("api/surveys/responses", "application/json", HttpRequest.BodyPublishers.ofString(json))
            .header("Authorization", "Bearer " + token))));
  }

  /** One browser session: dashboard, customers page, next page, in turn. */
  private final class Portal {
    private final HttpClient http =
        HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL)
            .version(HttpClient.Version.HTTP_1_1).build();
    private String viewState;
    private int next;

    void signIn() throws Exception {
      String login = get("login.xhtml");
      Map<String, String> form = new LinkedHashMap<>();
      form.put("loginForm", "loginForm");
      form.put("loginForm:username", "admin");
      form.put("loginForm:password", password);
      form.put("loginForm:signIn", "");
      form.put("jakarta.faces.ViewState", viewState(login));
      String dashboard = post(form, "login.xhtml", false);
      if (!dashboard.contains("logoutForm")) {
        throw new IllegalStateException("sign-in failed");
      }
    }

    void step() {
      switch (next++ % 3) {
        case 0 -> timed(Kind.PORTAL_DASHBOARD, () -> contains(get("app/dashboard.xhtml"), "logoutForm"));
        case 1 -> timed(Kind.PORTAL_CUSTOMERS, () -> {
          String page = get("app/customers.xhtml");
          contains(page, "customersForm:customers");
          viewState = viewState(page);
        });
        default -> timed(Kind.PORTAL_NEXT_PAGE, () -> {
          if (viewState == null) {
            throw new IllegalStateException("no customers page open");
          }
          Map<String, String> form = new LinkedHashMap<>();
          String source = "customersForm:customers";
          form.put("jakarta.faces.partial.ajax", "true");
          form.put("jakarta.faces.source", source);
          form.put("jakarta.faces.partial.execute", source);
          form.put("jakarta.faces.partial.render", source);
          form.put(source, source);
          form.put("customersForm", "customersForm");
          form.put("jakarta.faces.ViewState", viewState);
          form.put("customersForm:customers_pagination", "true");
          form.put("customersForm:customers_first", Integer.toString(25 * ThreadLocalRandom.current().nextInt(1, 40)));
          form.put("customersForm:customers_rows", "25");
          form.put("customersForm:customers_skipChildren", "true");
          form.put("customersForm:customers_encodeFeature", "true");
          contains(post(form, "app/customers.xhtml", true), "<tr");
        });
      }
    }

    private String get(String path) throws Exception {
      HttpResponse<String> response =
          http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(path + " answered " + response.statusCode());
      }
      return response.body();
    }

    private String post(Map<String, String> form, String path, boolean ajax) throws Exception {
      String body = form.entrySet().stream()
          .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
          .collect(Collectors.joining("&"));
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
          .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
          .POST(HttpRequest.BodyPublishers.ofString(body));
      if (ajax) {
        request.header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest");
      }
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200 || response.body().contains("<error>")) {
        throw new IllegalStateException(path + " answered " + response.statusCode());
      }
      return response.body();
    }
  }

  private static void contains(String body, String text) {
    if (!body.contains(text)) {
      throw new IllegalStateException("expected " + text);
    }
  }

  private static String viewState(String page) {
    Matcher matcher = VIEW_STATE.matcher(page);
    if (!matcher.find()) {
      throw new IllegalStateException("no view state");
    }
    return matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
  }

  /** Used heap in MiB right after a full GC the server was asked for (jcmd GC.run). */
  private double heapAfterGc(String pid) {
    try {
      Process gc = new ProcessBuilder("jcmd", pid, "GC.run").redirectErrorStream(true).start();
      gc.getInputStream().readAllBytes();
      gc.waitFor();
      HttpResponse<String> metrics = send(HttpRequest.newBuilder(URI.create(base + "api/metrics")).header("Authorization", basic));
      Matcher used = HEAP_USED.matcher(metrics.body());
      double bytes = 0;
      while (used.find()) {
        bytes += Double.parseDouble(used.group(1));
      }
      return bytes / (1024 * 1024);
    } catch (Exception e) {
      return -1;
    }
  }

  private static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (Exception e) {
      return "?";
    }
  }

  private String report(Duration duration, Duration warmUp, List<String[]> heap, String loadBefore,
      int portalUsers, long portalInterval, int treatmentWorkers, long treatmentInterval, long surveyInterval, int surveyBatch) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT,
        "## Sustained load, %,d customers, %d s measured after %d s warm-up%n%n"
            + "Mix: %d signed-in portal users (dashboard, customers page, next page in turn; one request per %d ms each), "
            + "%d treatment clients (bearer token, one look-up per %d ms each), one survey feed (a batch of %d responses "
            + "per %d ms). One server on loopback, %s cores; load average before: %s.%n%n"
            + "| request | count | per second | p50 ms | p95 ms | p99 ms | max ms | errors |%n|---|---|---|---|---|---|---|---|%n",
        customers, duration.toSeconds(), warmUp.toSeconds(), portalUsers, portalInterval, treatmentWorkers, treatmentInterval,
        surveyBatch, surveyInterval, Runtime.getRuntime().availableProcessors(), loadBefore));
    List<Long> all = new ArrayList<>();
    long allErrors = 0;
    for (Kind kind : Kind.values()) {
      List<Long> times;
      synchronized (latencies.get(kind)) {
        times = new ArrayList<>(latencies.get(kind));
      }
      all.addAll(times);
      allErrors += errors.get(kind).get();
      out.append(row(kind.label, times, duration, errors.get(kind).get()));
    }
    out.append(row("all", all, duration, allErrors));
    out.append(String.format(Locale.ROOT, "%nSurvey responses stored: %,d.%n", latencies.get(Kind.SURVEY_BATCH).size() * (long) surveyBatch));
    out.append("\nServer heap after a forced full GC (jcmd GC.run, then jvm_memory_used_bytes{area=\"heap\"} from /api/metrics), every 30 s:\n\n"
        + "| seconds after warm-up | heap used MiB | load average (1/5/15 min) |\n|---|---|---|\n");
    for (String[] sample : heap) {
      out.append("| ").append(sample[0]).append(" | ").append(sample[1]).append(" | ").append(sample[2]).append(" |\n");
    }
    if (heap.size() >= 2) {
      double first = Double.parseDouble(heap.get(0)[1]);
      double last = Double.parseDouble(heap.get(heap.size() - 1)[1]);
      out.append(String.format(Locale.ROOT, "%nHeap after warm-up %.1f MiB, at the end %.1f MiB (%+.1f MiB).%n", first, last, last - first));
    }
    if (!errorSamples.isEmpty()) {
      out.append("\nErrors seen:\n\n");
      errorSamples.forEach((message, times) -> out.append("- ").append(times).append(" × ").append(message).append('\n'));
    }
    return out.toString();
  }

  private static String row(String name, List<Long> nanos, Duration duration, long errors) {
    List<Long> sorted = new ArrayList<>(nanos);
    Collections.sort(sorted);
    return String.format(Locale.ROOT, "| %s | %,d | %.1f | %.1f | %.1f | %.1f | %.1f | %d |%n",
        name, sorted.size(), sorted.size() / (double) duration.toSeconds(),
        percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
        sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6, errors);
  }

  private static double percentile(List<Long> sorted, double p) {
    if (sorted.isEmpty()) {
      return 0;
    }
    return sorted.get(Math.max(0, (int) Math.ceil(p / 100 * sorted.size()) - 1)) / 1e6;
  }

  private HttpRequest.Builder post(String path, String type, HttpRequest.BodyPublisher body) {
    return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(10)).header("Content-Type", type).POST(body);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    if (request.build().timeout().isEmpty()) {
      request.timeout(Duration.ofSeconds(60));
    }
    return api.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static void expect2xx(String what, HttpResponse<String> response) {
    if (response.statusCode() / 100 != 2) {
      throw new IllegalStateException(what + " answered " + response.statusCode() + ": "
          + response.body().substring(0, Math.min(200, response.body().length())));
    }
  }
}
