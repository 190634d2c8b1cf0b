package com.tierwise.reports.delivery;

import com.tierwise.platform.DataAccessFailure;
import com.tierwise.platform.TierwiseConfig;
import com.tierwise.platform.mail.Backoff;
import com.tierwise.platform.mail.Mailer;
import com.tierwise.platform.metrics.Meters;
import com.tierwise.platform.mail.OutgoingMail;
import com.tierwise.reports.RenderedReport;
import com.tierwise.reports.ReportRequest;
import com.tierwise.reports.ReportService;
import com.tierwise.reports.ReportTexts;
import com.tierwise.reports.subscription.Recipients;
import com.tierwise.reports.subscription.Subscription;
import com.tierwise.reports.subscription.SubscriptionRepository;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Claims delivery slots and carries deliveries out: render (once; retries resend the archived
 * file), archive, mail, record the outcome. Runs outside transactions: every step commits on its
 * own, so a claim or an outcome is visible to other nodes at once and a failed send never rolls
 * back the archive.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeliveryWorker {

  private static final Logger LOG = Logger.getLogger(DeliveryWorker.class.getName());

  /** An attempt that has not finished after this long belongs to a node that died. */
  static final Duration ABANDONED_AFTER = Duration.ofMinutes(10);

  @Resource private DataSource dataSource;
  @EJB private ReportService reports;
  @EJB private Mailer mailer;

  @Inject
  @ConfigProperty(name = TierwiseConfig.REPORT_RETRY_SECONDS, defaultValue = "60")
  long retrySeconds;

  /** Claims a slot; empty when it was claimed before, here or on another node. */
  public Optional<Long> claim(long subscriptionId, Instant slot, String trigger, String requestedBy) {
    try (Connection connection = dataSource.getConnection()) {
      return new DeliveryRepository(connection).claim(subscriptionId, slot, trigger, requestedBy, Clock.systemUTC().instant());
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  /** Whether the slot has a delivery already (a cheap look before trying to claim it). */
  public boolean slotClaimed(long subscriptionId, Instant slot) {
    try (Connection connection = dataSource.getConnection()) {
      return new DeliveryRepository(connection).slotClaimed(subscriptionId, slot);
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  @Asynchronous
  public void deliverLater(long deliveryId) {
    deliver(deliveryId);
  }

  /** Attempts retries that are due and re-queues attempts whose node died. */
  public void retryDue() {
    Instant now = Clock.systemUTC().instant();
    Instant abandonedBefore = now.minus(ABANDONED_AFTER);
    List<Long> due;
    try (Connection connection = dataSource.getConnection()) {
      DeliveryRepository deliveries = new DeliveryRepository(connection);
      due = deliveries.due(now, abandonedBefore);
      for (long id : due) {
        deliveries.requeueAbandoned(id, abandonedBefore, now);
      }
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
    due.forEach(this::deliver);
  }

  /** One attempt at a delivery, if no one else is making one. */
  public void deliver(long deliveryId) {
    Instant now = Clock.systemUTC().instant();
    try (Connection connection = dataSource.getConnection()) {
      DeliveryRepository deliveries = new DeliveryRepository(connection);
      if (!deliveries.startAttempt(deliveryId, now)) {
        return;
      }
      Delivery delivery = deliveries.find(deliveryId).orElseThrow();
      SubscriptionRepository subscriptions = new SubscriptionRepository(connection);
      Subscription subscription = subscriptions.find(delivery.subscriptionId()).orElseThrow();
      if (!subscription.active()) {
        deliveries.markFailed(deliveryId, "The subscription was deleted before the report went out", null, now);
        Meters.reportDelivery("failed");
        return;
      }
      try {
        Optional<ArchivedReport> file = deliveries.archived(deliveryId);
        if (file.isEmpty()) {
          RenderedReport report =
              reports.render(
                  new ReportRequest(
                      subscription.report(), subscription.format(), subscription.locale(),
                      subscription.schedule().periodEndingAt(delivery.scheduledFor())));
          if (Delivery.SCHEDULE.equals(delivery.trigger())
              && subscription.onlyWhenChanged()
              && deliveries.lastSentFingerprint(subscription.id()).filter(report.fingerprint()::equals).isPresent()) {
            deliveries.markUnchanged(deliveryId, report.fingerprint(), Clock.systemUTC().instant());
            Meters.reportDelivery("unchanged");
            LOG.info(() -> "Delivery " + deliveryId + " of subscription " + subscription.id() + ": nothing changed, not sent");
            return;
          }
          deliveries.archive(deliveryId, report);
          file = deliveries.archived(deliveryId);
        }
        send(subscription, delivery, file.orElseThrow(), subscriptions);
        deliveries.markSent(deliveryId, Clock.systemUTC().instant());
        Meters.reportDelivery("sent");
        LOG.info(() -> "Delivery " + deliveryId + " of subscription " + subscription.id() + " sent");
      } catch (Exception failure) {
        failed(deliveries, delivery, failure);
      }
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  private void send(Subscription subscription, Delivery delivery, ArchivedReport file, SubscriptionRepository subscriptions)
      throws jakarta.mail.MessagingException {
    List<String> addresses = Recipients.resolve(subscription.recipients(), subscriptions::userAddress);
    if (addresses.isEmpty()) {
      throw new IllegalStateException("No recipient resolves to an e-mail address any more: " + subscription.recipients());
    }
    ReportTexts texts = new ReportTexts(subscription.locale());
    String title = texts.text(subscription.report() == com.tierwise.reports.ReportName.CX ? "cx.title" : "exec.title");
    String period = texts.period(subscription.schedule().periodEndingAt(delivery.scheduledFor()));
    mailer.send(
        new OutgoingMail(
            addresses,
            texts.text("mail.subject", title, period),
            texts.text("mail.body", title, period),
            List.of(new OutgoingMail.Attachment(file.fileName(), file.contentType(), file.content()))));
  }

  private void failed(DeliveryRepository deliveries, Delivery delivery, Exception failure) throws SQLException {
    int attempt = delivery.attempts();
    Instant now = Clock.systemUTC().instant();
    Optional<Duration> wait = new Backoff(Duration.ofSeconds(retrySeconds)).after(attempt);
    String reason = failure.getClass().getSimpleName() + ": " + failure.getMessage();
    deliveries.markFailed(delivery.id(), reason, wait.map(now::plus).orElse(null), now);
    Meters.reportDelivery(wait.isPresent() ? "retried" : "failed");
    LOG.log(
        Level.WARNING,
        "Delivery " + delivery.id() + " attempt " + attempt + " failed"
            + wait.map(w -> "; next attempt in " + w.toSeconds() + " s").orElse("; giving up"),
        failure);
  }
}
