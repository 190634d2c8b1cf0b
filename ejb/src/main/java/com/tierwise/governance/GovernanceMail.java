package com.tierwise.governance;

import com.tierwise.platform.DataAccessFailure;
import com.tierwise.platform.mail.Mailer;
import com.tierwise.platform.mail.OutgoingMail;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Mails the governance board that a request waits for them. Asynchronous and outside any
 * transaction: a mail server that is down must neither slow nor undo the request itself.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class GovernanceMail {

  private static final Logger LOG = Logger.getLogger(GovernanceMail.class.getName());

  @Resource private DataSource dataSource;
  @EJB private Mailer mailer;

  @Asynchronous
  public void tellDeciders(AwaitingDecision waiting) {
    List<String> board;
    try (Connection connection = dataSource.getConnection()) {
      board = new Recipients(connection).board(waiting.requestedBy());
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
    if (board.isEmpty()) {
      LOG.info(() -> waiting.kind() + " waits, but no other governance board member has a mail address");
      return;
    }
    send(OutgoingMail.text(
        board,
        "Tierwise: " + waiting.kind() + " waits for your decision",
        waiting.summary() + "\n\nOpen the governance review queue in Tierwise to decide it.\n"));
  }

  /** Sends now, logging a failure instead of throwing: reminders are recorded before sending. */
  public void send(OutgoingMail mail) {
    try {
      mailer.send(mail);
      LOG.info(() -> "Sent \"" + mail.subject() + "\" to " + mail.recipients());
    } catch (jakarta.mail.MessagingException | RuntimeException e) {
      LOG.log(Level.WARNING, "Could not send \"" + mail.subject() + "\" to " + mail.recipients(), e);
    }
  }
}
