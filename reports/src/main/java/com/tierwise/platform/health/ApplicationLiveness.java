package com.tierwise.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;

/**
 * Live while the application's heartbeat timer keeps beating. Deliberately independent of the
 * database and mail: a restart does not cure an unreachable PostgreSQL (readiness reports that),
 * a wedged timer service or exhausted thread pool it does.
 */
@Liveness
@ApplicationScoped
public class ApplicationLiveness implements HealthCheck {

  @Override
  public HealthCheckResponse call() {
    Instant now = Instant.now();
    Instant last = Heartbeat.last();
    MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    HealthCheckResponseBuilder response =
        HealthCheckResponse.named("application")
            .status(Heartbeat.alive(now))
            .withData("heapUsedMb", heap.getUsed() / (1024 * 1024))
            .withData("heapMaxMb", heap.getMax() / (1024 * 1024));
    if (last != null) {
      response
          .withData("lastHeartbeat", last.toString())
          .withData("secondsSinceHeartbeat", Duration.between(last, now).toSeconds());
    }
    return response.build();
  }
}
