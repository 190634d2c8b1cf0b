package com.tierwise.platform.mail;

import com.tierwise.platform.DataAccessFailure;
import com.tierwise.platform.TierwiseConfig;
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
 * Sends what the outbox holds (after each commit that queued mail, and every half minute from
 * {@link OutboxTimer}), on every node: each message is claimed by one conditional update
 * before it is sent, so two nodes never send the same one; a failure is retried with the same
 * backoff as report deliveries (1, 4, 16, 64 minutes by default), then the message is FAILED and
 * shown to administrators. An attempt whose node died is taken over after ten minutes (the mail
 * may then go out twice, the price of not losing it).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxDispatcher {

  private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());

  /** An attempt that has not finished after this long belongs to a node that died. */
  static final Duration ABANDONED_AFTER = Duration.ofMinutes(10);

  /** At most this many messages per pass; the next pass takes the rest. */
  private static final int BATCH = 200;

  @Resource private DataSource dataSource;
  @EJB private Mailer mailer;

  @Inject
  @ConfigProperty(name = TierwiseConfig.MAIL_RETRY_SECONDS, defaultValue = "60")
  long retrySeconds;

  /** Called after a commit that queued mail. */
  @Asynchronous
  public void dispatchSoon() {
    dispatchDue();
  }

  /** Sends every message that is due; answers how many went out. */
  public int dispatchDue() {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(true);
      OutboxRepository outbox = new OutboxRepository(connection);
      Instant now = Clock.systemUTC().instant();
      List<Long> due = outbox.due(now, now.minus(ABANDONED_AFTER), BATCH);
      int sent = 0;
      for (long id : due) {
        if (attempt(outbox, id)) {
          sent++;
        }
      }
      return sent;
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  private boolean attempt(OutboxRepository outbox, long id) throws SQLException {
    Instant now = Clock.systemUTC().instant();
    if (!outbox.startAttempt(id, now, now.minus(ABANDONED_AFTER))) {
      return false; // another thread or node took it
    }
    OutboxMessage message = outbox.find(id).orElseThrow();
    try {
      mailer.send(message.mail());
      outbox.markSent(id, Clock.systemUTC().instant());
      LOG.info(() -> "Sent outbox mail " + id + " (" + message.purpose() + ") to " + message.recipients());
      return true;
    } catch (jakarta.mail.MessagingException | RuntimeException failure) {
      Instant failedAt = Clock.systemUTC().instant();
      Optional<Duration> wait = new Backoff(Duration.ofSeconds(retrySeconds)).after(message.attempts());
      outbox.markFailed(id, failure.getClass().getSimpleName() + ": " + failure.getMessage(), wait.map(failedAt::plus),
          failedAt);
      LOG.log(Level.WARNING, "Outbox mail " + id + " attempt " + message.attempts() + " failed"
          + wait.map(w -> "; next attempt in " + w.toSeconds() + " s").orElse("; giving up"), failure);
      return false;
    }
  }
}
