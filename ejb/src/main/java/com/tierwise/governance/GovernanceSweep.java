package com.tierwise.governance;

import com.tierwise.override.OverrideExpiry;
import com.tierwise.override.OverrideExpiry.Reminder;
import com.tierwise.platform.DataAccessFailure;
import com.tierwise.platform.TierwiseConfig;
import com.tierwise.platform.mail.OutgoingMail;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The daily governance sweep: expire overrides past their review date and remind requesters and
 * the board of those about to expire. A reminder is claimed and its mail queued in the outbox in
 * one transaction, so it is recorded once, sent once, and retried while the mail server is away.
 */
@Stateless
public class GovernanceSweep {

  private static final Logger LOG = Logger.getLogger(GovernanceSweep.class.getName());

  /** What one sweep did. */
  public record Outcome(List<Long> expired, List<Long> reminded) {}

  /** What a sweep claimed in its transaction. */
  public record Claimed(List<Long> expired, List<Reminder> reminders) {}

  @Resource private DataSource dataSource;
  @PersistenceContext private EntityManager em;
  @EJB private GovernanceMail mail;
  @EJB private GovernanceSweep self;

  @Inject
  @ConfigProperty(name = TierwiseConfig.OVERRIDE_REMINDER_DAYS, defaultValue = "14")
  int reminderDays;

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Outcome run() {
    Claimed claimed = self.claim(LocalDate.now(ZoneOffset.UTC), Clock.systemUTC().instant());
    if (!claimed.expired().isEmpty() || !claimed.reminders().isEmpty()) {
      LOG.info(() -> "Governance sweep: expired overrides " + claimed.expired() + ", reminded "
          + claimed.reminders().stream().map(Reminder::id).toList());
    }
    return new Outcome(claimed.expired(), claimed.reminders().stream().map(Reminder::id).toList());
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Claimed claim(LocalDate today, Instant now) {
    try (Connection connection = dataSource.getConnection()) {
      OverrideExpiry expiry = new OverrideExpiry(connection, em);
      List<Long> expired = expiry.expire(today, now);
      List<Reminder> reminders = expiry.claimReminders(today, reminderDays, now);
      Recipients recipients = new Recipients(connection);
      for (Reminder reminder : reminders) {
        Set<String> to = new LinkedHashSet<>();
        recipients.of(reminder.requestedBy()).ifPresent(to::add);
        to.addAll(recipients.board(null));
        if (to.isEmpty()) {
          continue;
        }
        OutgoingMail reminderMail =
            OutgoingMail.text(
                List.copyOf(to),
                "Tierwise: override " + reminder.id() + " for " + reminder.externalId() + " expires on "
                    + reminder.expiresAt(),
                "The override putting " + reminder.externalId() + " into tier " + reminder.tier()
                    + (reminder.demoteExternalId() == null ? "" : " (and " + reminder.demoteExternalId() + " out of A)")
                    + ", requested by " + reminder.requestedBy() + ", holds until " + reminder.expiresAt()
                    + ".\nAfter that day the next tiering run computes the tier again."
                    + " Request a new override before then if it should continue.\n");
        mail.remind(reminderMail);
      }
      return new Claimed(expired, reminders);
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }
}
