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
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The daily governance sweep: expire overrides past their review date and remind requesters and
 * the board of those about to expire. The database work commits first, the mail goes after, so
 * a reminder is recorded once and never sent twice (a failed send is logged, not retried).
 */
@Stateless
public class GovernanceSweep {

  private static final Logger LOG = Logger.getLogger(GovernanceSweep.class.getName());

  /** What one sweep did. */
  public record Outcome(List<Long> expired, List<Long> reminded) {}

  /** What a sweep claimed in its transaction, and the mails to send after it. */
  public record Claimed(List<Long> expired, List<Reminder> reminders, List<OutgoingMail> mails) {}

  @Resource private DataSource dataSource;
  @EJB private GovernanceMail mail;
  @EJB private GovernanceSweep self;

  @Inject
  @ConfigProperty(name = TierwiseConfig.OVERRIDE_REMINDER_DAYS, defaultValue = "14")
  int reminderDays;

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Outcome run() {
    Claimed claimed = self.claim(LocalDate.now(ZoneOffset.UTC), Clock.systemUTC().instant());
    claimed.mails().forEach(mail::send);
    if (!claimed.expired().isEmpty() || !claimed.reminders().isEmpty()) {
      LOG.info(() -> "Governance sweep: expired overrides " + claimed.expired() + ", reminded "
          + claimed.reminders().stream().map(Reminder::id).toList());
    }
    return new Outcome(claimed.expired(), claimed.reminders().stream().map(Reminder::id).toList());
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Claimed claim(LocalDate today, Instant now) {
    try (Connection connection = dataSource.getConnection()) {
      OverrideExpiry expiry = new OverrideExpiry(connection);
      List<Long> expired = expiry.expire(today, now);
      List<Reminder> reminders = expiry.claimReminders(today, reminderDays, now);
      Recipients recipients = new Recipients(connection);
      List<OutgoingMail> mails = new ArrayList<>();
      for (Reminder reminder : reminders) {
        Set<String> to = new LinkedHashSet<>();
        recipients.of(reminder.requestedBy()).ifPresent(to::add);
        to.addAll(recipients.board(null));
        if (to.isEmpty()) {
          continue;
        }
        mails.add(
            OutgoingMail.text(
                List.copyOf(to),
                "Tierwise: override " + reminder.id() + " for " + reminder.externalId() + " expires on "
                    + reminder.expiresAt(),
                "The override putting " + reminder.externalId() + " into tier " + reminder.tier()
                    + (reminder.demoteExternalId() == null ? "" : " (and " + reminder.demoteExternalId() + " out of A)")
                    + ", requested by " + reminder.requestedBy() + ", holds until " + reminder.expiresAt()
                    + ".\nAfter that day the next tiering run computes the tier again."
                    + " Request a new override before then if it should continue.\n"));
      }
      return new Claimed(expired, reminders, mails);
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }
}
