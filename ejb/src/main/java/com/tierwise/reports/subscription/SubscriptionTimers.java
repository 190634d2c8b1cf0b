package com.tierwise.reports.subscription;

import com.tierwise.platform.DataAccessFailure;
import com.tierwise.reports.delivery.Delivery;
import com.tierwise.reports.delivery.DeliveryWorker;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.NoSuchObjectLocalException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The persistent EJB timers of the subscriptions, one calendar timer per subscription built from
 * its stored schedule, and a sweep every half minute that keeps them in line with the table.
 *
 * <p>Once-only delivery does not rest on the timers: every firing claims its slot (the
 * schedule's latest time at or before now) in {@code report_delivery}, whose unique key lets one
 * claim win, whether the rival is a second node, a replayed timer or the sweep. The sweep also
 * claims a slot that no timer claimed (the server was down then, or this node has no timer yet),
 * so a missed delivery goes out once after start, and retries failed ones when they are due.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SubscriptionTimers {

  private static final Logger LOG = Logger.getLogger(SubscriptionTimers.class.getName());
  private static final String INFO_PREFIX = "report-subscription:";

  @Resource private TimerService timerService;
  @Resource private DataSource dataSource;
  @EJB private DeliveryWorker worker;

  @PostConstruct
  void start() {
    try {
      sweep();
    } catch (RuntimeException e) {
      // A database not reachable yet must not fail the deployment; the next sweep tries again.
      LOG.log(Level.WARNING, "First sweep of report subscriptions failed", e);
    }
  }

  /** Creates the timer of a new subscription (in the caller's transaction). */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void schedule(long subscriptionId, DeliverySchedule schedule) {
    timerService.createCalendarTimer(schedule.toExpression(), new TimerConfig(info(subscriptionId, schedule), true));
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void cancel(long subscriptionId) {
    for (Timer timer : timerService.getTimers()) {
      if (subscriptionOf(timer).filter(id -> id == subscriptionId).isPresent()) {
        cancelQuietly(timer);
      }
    }
  }

  @Timeout
  void fire(Timer timer) {
    Optional<Long> id = subscriptionOf(timer);
    if (id.isEmpty()) {
      return;
    }
    Optional<Subscription> subscription = load(id.get());
    if (subscription.isEmpty()
        || !subscription.get().active()
        || !info(id.get(), subscription.get().schedule()).equals(timer.getInfo())) {
      cancelQuietly(timer); // left over from a deleted subscription or an older schedule
      return;
    }
    claimAndDeliver(subscription.get(), Clock.systemUTC().instant());
  }

  /** Keeps timers in line with the table, sends missed slots once, retries due failures. */
  @Schedule(second = "10,40", minute = "*", hour = "*", persistent = false, info = "report-subscription-sweep")
  void sweep() {
    Instant now = Clock.systemUTC().instant();
    List<Subscription> active = activeSubscriptions();
    Map<String, Timer> timers = new HashMap<>();
    for (Timer timer : timerService.getTimers()) {
      if (timer.getInfo() instanceof String info && info.startsWith(INFO_PREFIX)) {
        if (timers.putIfAbsent(info, timer) != null) {
          cancelQuietly(timer); // a duplicate
        }
      }
    }
    for (Subscription subscription : active) {
      String info = info(subscription.id(), subscription.schedule());
      if (timers.remove(info) == null) {
        timerService.createCalendarTimer(subscription.schedule().toExpression(), new TimerConfig(info, true));
      }
      claimAndDeliver(subscription, now);
    }
    timers.values().forEach(SubscriptionTimers::cancelQuietly);
    worker.retryDue();
  }

  /** Claims the subscription's current slot unless it is older than the subscription or taken. */
  private void claimAndDeliver(Subscription subscription, Instant now) {
    Optional<Instant> slot = subscription.schedule().latestAtOrBefore(now);
    if (slot.isEmpty() || slot.get().isBefore(subscription.createdAt())) {
      return;
    }
    if (worker.slotClaimed(subscription.id(), slot.get())) {
      return;
    }
    worker
        .claim(subscription.id(), slot.get(), Delivery.SCHEDULE, "scheduler")
        .ifPresent(
            deliveryId -> {
              LOG.info(() -> "Subscription " + subscription.id() + ": delivery " + deliveryId + " for " + slot.get());
              worker.deliverLater(deliveryId);
            });
  }

  private List<Subscription> activeSubscriptions() {
    try (Connection connection = dataSource.getConnection()) {
      return new SubscriptionRepository(connection).active(10_000, 0);
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  private Optional<Subscription> load(long id) {
    try (Connection connection = dataSource.getConnection()) {
      return new SubscriptionRepository(connection).find(id);
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  static String info(long subscriptionId, DeliverySchedule schedule) {
    return INFO_PREFIX + subscriptionId + ":" + schedule.text();
  }

  private static Optional<Long> subscriptionOf(Timer timer) {
    try {
      if (timer.getInfo() instanceof String info && info.startsWith(INFO_PREFIX)) {
        String rest = info.substring(INFO_PREFIX.length());
        return Optional.of(Long.parseLong(rest.substring(0, rest.indexOf(':'))));
      }
    } catch (NoSuchObjectLocalException | NumberFormatException | StringIndexOutOfBoundsException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static void cancelQuietly(Timer timer) {
    try {
      timer.cancel();
    } catch (NoSuchObjectLocalException e) {
      // already gone
    }
  }
}
