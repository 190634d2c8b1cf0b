package com.tierwise.platform.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmHeapPressureMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The application's metrics, in one Micrometer registry per deployment that {@code GET
 * /api/metrics} renders in the Prometheus text format. It lives in the EAR's library jar so the
 * EJB module (imports, tiering, deliveries, surveys) and the web module (request latency) record
 * into the same registry on WildFly and Payara alike; a static holder rather than a CDI bean
 * because timers, EJBs and servlet filters of both modules all reach it the same way. The JVM
 * binders hold listeners on the platform MXBeans: {@link #close()} on undeploy releases them.
 *
 * <p>Names are Micrometer's dotted ones; Prometheus sees {@code tierwise_imports_seconds_count},
 * {@code tierwise_report_deliveries_total{outcome="sent"}} and so on (README, Observability).
 */
public final class Meters {

  private static final Logger LOG = Logger.getLogger(Meters.class.getName());

  /**
   * Histogram buckets of request latency: 14 fixed ones rather than Micrometer's ~70 percentile
   * buckets, since every route × method × status has its own series. Prometheus computes p50,
   * p95, p99 from them ({@code histogram_quantile}), also across nodes, which percentiles
   * computed in each server cannot.
   */
  private static final Duration[] LATENCY_BUCKETS =
      java.util.stream.LongStream.of(1, 2, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 30000)
          .mapToObj(Duration::ofMillis)
          .toArray(Duration[]::new);

  private static PrometheusMeterRegistry registry;
  private static final List<AutoCloseable> closeables = new ArrayList<>();
  private static final AtomicLong lastRunCustomers = new AtomicLong();

  private Meters() {}

  public static synchronized PrometheusMeterRegistry registry() {
    if (registry == null) {
      registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
      registry.config().commonTags("application", "tierwise");
      new ClassLoaderMetrics().bindTo(registry);
      new JvmMemoryMetrics().bindTo(registry);
      JvmGcMetrics gc = new JvmGcMetrics();
      gc.bindTo(registry);
      closeables.add(gc);
      JvmHeapPressureMetrics pressure = new JvmHeapPressureMetrics();
      pressure.bindTo(registry);
      closeables.add(pressure);
      new JvmThreadMetrics().bindTo(registry);
      new ProcessorMetrics().bindTo(registry);
      new UptimeMetrics().bindTo(registry);
      registry.gauge("tierwise.tiering.last.run.customers", lastRunCustomers);
    }
    return registry;
  }

  /** Releases the JVM listeners; the next use after this starts a fresh registry. */
  public static synchronized void close() {
    for (AutoCloseable closeable : closeables) {
      try {
        closeable.close();
      } catch (Exception e) {
        LOG.log(Level.FINE, "Closing a metrics binder failed", e);
      }
    }
    closeables.clear();
    if (registry != null) {
      registry.close();
      registry = null;
    }
  }

  /** The Prometheus text exposition format (version 0.0.4). */
  public static String scrape() {
    return registry().scrape();
  }

  /** A customer import finished: outcome {@code success}, {@code rejected} or {@code error}. */
  public static void imported(String outcome, long created, long updated, Duration took) {
    MeterRegistry meters = registry();
    Timer.builder("tierwise.imports")
        .description("Customer CSV imports (API, wizard, demo data) by outcome")
        .tag("outcome", outcome)
        .register(meters)
        .record(took);
    if (created > 0) {
      rows("created").increment(created);
    }
    if (updated > 0) {
      rows("updated").increment(updated);
    }
  }

  private static Counter rows(String kind) {
    return Counter.builder("tierwise.import.rows")
        .description("Customer rows written by successful imports")
        .tag("kind", kind)
        .register(registry());
  }

  /** A tiering run finished ({@code success}) or was refused for low coverage ({@code refused}). */
  public static void tieringRun(String outcome, long customers, Duration took) {
    MeterRegistry meters = registry();
    Timer.builder("tierwise.tiering.runs")
        .description("Tiering runs by outcome")
        .tag("outcome", outcome)
        .register(meters)
        .record(took);
    if ("success".equals(outcome)) {
      Counter.builder("tierwise.tiering.customers")
          .description("Customers tiered, summed over runs")
          .register(meters)
          .increment(customers);
      lastRunCustomers.set(customers);
    }
  }

  /**
   * One attempt at a report delivery: {@code sent}, {@code retried} (failed, another attempt
   * follows), {@code failed} (gave up) or {@code unchanged} (nothing new, not sent).
   */
  public static void reportDelivery(String outcome) {
    Counter.builder("tierwise.report.deliveries")
        .description("Report delivery attempts by outcome")
        .tag("outcome", outcome)
        .register(registry())
        .increment();
  }

  /** Survey responses submitted: {@code accepted} (stored) or {@code rejected} (whole batch refused). */
  public static void surveyResponses(String outcome, long count) {
    Counter.builder("tierwise.survey.responses")
        .description("Survey responses ingested (API, CSV, public page) by outcome")
        .tag("outcome", outcome)
        .register(registry())
        .increment(count);
  }

  /**
   * One HTTP request: {@code template} is the matched route ({@code /api/customers/{externalId}},
   * {@code /app/customers.xhtml}), never the raw path, so ids do not multiply the series.
   */
  public static void request(String kind, String method, String template, int status, Duration took) {
    Timer.builder("tierwise.http.requests")
        .description("Requests to the API and the portal by route")
        .tag("kind", kind)
        .tag("method", method)
        .tag("template", template)
        .tag("status", Integer.toString(status))
        .serviceLevelObjectives(LATENCY_BUCKETS)
        .register(registry())
        .record(took);
  }
}
