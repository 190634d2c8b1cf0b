package com.tierwise.platform;

import com.tierwise.platform.health.Heartbeat;
import com.tierwise.platform.metrics.Meters;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * The beat the liveness check listens for (platform.health.Heartbeat): if the timer service or
 * the EJB thread pool stops working, the beats stop and liveness goes DOWN. Also releases the
 * metrics' JVM listeners when the application is undeployed.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HeartbeatTimer {

  @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false, info = "tierwise-heartbeat")
  public void beat() {
    Heartbeat.beat();
  }

  @PreDestroy
  void releaseMetrics() {
    Meters.close();
  }
}
