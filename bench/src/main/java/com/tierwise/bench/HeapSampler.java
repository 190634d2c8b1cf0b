package com.tierwise.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Samples the server's used heap from its metrics endpoint while a measured call runs, so the
 * peak heap of an import or a run can be compared across data sizes.
 */
final class HeapSampler implements AutoCloseable {

  private static final Pattern USED_HEAP =
      Pattern.compile("(?m)^base_memory_usedHeap_bytes(?:\\{[^}]*\\})?\\s+([0-9.eE+]+)");

  private final HttpClient http = HttpClient.newHttpClient();
  private final URI metrics;
  private final Thread thread;
  private volatile boolean running = true;
  private volatile double peak;

  HeapSampler(String metricsUrl) {
    this.metrics = URI.create(metricsUrl);
    this.thread = new Thread(this::sample, "heap-sampler");
    thread.setDaemon(true);
  }

  static double usedHeapNow(String metricsUrl) {
    return new HeapSampler(metricsUrl).read();
  }

  HeapSampler start() {
    thread.start();
    return this;
  }

  private void sample() {
    while (running) {
      peak = Math.max(peak, read());
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private double read() {
    try {
      String body =
          http.send(
                  HttpRequest.newBuilder(metrics).timeout(Duration.ofSeconds(5)).GET().build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      Matcher matcher = USED_HEAP.matcher(body);
      return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    } catch (Exception e) {
      return 0;
    }
  }

  double peakMiB() {
    return peak / (1024 * 1024);
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    thread.interrupt();
    thread.join(2_000);
  }
}
