package com.tierwise.reports.subscription;

import com.tierwise.platform.DataAccessFailure;
import com.tierwise.reports.ReportLocales;
import com.tierwise.reports.ReportName;
import com.tierwise.reports.delivery.ArchivedReport;
import com.tierwise.reports.delivery.Delivery;
import com.tierwise.reports.delivery.DeliveryRepository;
import com.tierwise.reports.delivery.DeliveryWorker;
import com.tierwise.reports.rendering.ReportFormat;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** Report subscriptions: create, list, delete, send now; their deliveries and archived files. */
@Stateless
public class SubscriptionService {

  private static final Logger LOG = Logger.getLogger(SubscriptionService.class.getName());

  @Resource private DataSource dataSource;
  @EJB private SubscriptionTimers timers;
  @EJB private DeliveryWorker worker;

  public Subscription create(SubscriptionRequest request, String user) throws SubscriptionRefusedException {
    List<String> problems = new ArrayList<>();
    Optional<ReportName> report = ReportName.parse(request.report());
    if (report.isEmpty()) {
      problems.add("report must be one of " + ReportName.choices() + ", not \"" + request.report() + "\"");
    }
    Optional<ReportFormat> format = ReportFormat.parse(request.format() == null ? "pdf" : request.format());
    if (format.isEmpty()) {
      problems.add("format must be pdf or xlsx, not \"" + request.format() + "\"");
    }
    Optional<Locale> locale = ReportLocales.parse(request.locale() == null ? "en" : request.locale());
    if (locale.isEmpty()) {
      problems.add("locale must be one of " + ReportLocales.SUPPORTED + ", not \"" + request.locale() + "\"");
    }
    DeliverySchedule schedule = null;
    try {
      schedule = DeliverySchedule.parse(request.schedule());
    } catch (IllegalArgumentException e) {
      problems.add(e.getMessage());
    }
    try (Connection connection = dataSource.getConnection()) {
      SubscriptionRepository subscriptions = new SubscriptionRepository(connection);
      problems.addAll(Recipients.problems(request.recipients(), subscriptions::userAddress));
      if (!problems.isEmpty()) {
        throw new SubscriptionRefusedException(problems);
      }
      Instant now = Clock.systemUTC().instant();
      long id =
          subscriptions.insert(
              report.get(), format.get(), locale.get().getLanguage(), request.recipients(), schedule,
              Boolean.TRUE.equals(request.onlyWhenChanged()), user, now);
      timers.schedule(id, schedule);
      LOG.info("Report subscription " + id + " (" + report.get().slug() + ", " + schedule + ") created by " + user);
      return subscriptions.find(id).orElseThrow();
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  public List<Subscription> list(int limit, int offset) {
    try (Connection connection = dataSource.getConnection()) {
      return new SubscriptionRepository(connection).active(limit, offset);
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  public long count() {
    try (Connection connection = dataSource.getConnection()) {
      return new SubscriptionRepository(connection).activeCount();
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  public Subscription get(long id) {
    try (Connection connection = dataSource.getConnection()) {
      return new SubscriptionRepository(connection)
          .find(id)
          .filter(Subscription::active)
          .orElseThrow(() -> new SubscriptionNotFoundException("No report subscription " + id));
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  /** Stops the subscription; its deliveries and archived reports stay. */
  public void delete(long id, String user) {
    try (Connection connection = dataSource.getConnection()) {
      if (!new SubscriptionRepository(connection).deactivate(id, Clock.systemUTC().instant())) {
        throw new SubscriptionNotFoundException("No report subscription " + id);
      }
      timers.cancel(id);
      LOG.info("Report subscription " + id + " deleted by " + user);
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  /** Sends the subscription's report now, in the background; the delivery tells how it went. */
  public Delivery sendNow(long id, String user) {
    get(id);
    Instant now = Clock.systemUTC().instant().truncatedTo(ChronoUnit.MILLIS);
    long deliveryId =
        worker
            .claim(id, now, Delivery.MANUAL, user)
            .orElseThrow(() -> new IllegalStateException("A delivery of subscription " + id + " was requested at this very moment"));
    worker.deliverLater(deliveryId);
    return delivery(deliveryId);
  }

  public List<Delivery> deliveries(Long subscriptionId, int limit, int offset) {
    try (Connection connection = dataSource.getConnection()) {
      return new DeliveryRepository(connection).list(subscriptionId, limit, offset);
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  public long deliveryCount(Long subscriptionId) {
    try (Connection connection = dataSource.getConnection()) {
      return new DeliveryRepository(connection).count(subscriptionId);
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  public Delivery delivery(long deliveryId) {
    try (Connection connection = dataSource.getConnection()) {
      return new DeliveryRepository(connection)
          .find(deliveryId)
          .orElseThrow(() -> new SubscriptionNotFoundException("No report delivery " + deliveryId));
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  public ArchivedReport archive(long deliveryId) {
    try (Connection connection = dataSource.getConnection()) {
      return new DeliveryRepository(connection)
          .archived(deliveryId)
          .orElseThrow(() -> new SubscriptionNotFoundException("Delivery " + deliveryId + " has no archived report"));
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }
}
