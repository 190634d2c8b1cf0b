package com.tierwise.governance;

import com.tierwise.platform.DataAccessFailure;
import com.tierwise.platform.mail.MailOutbox;
import com.tierwise.platform.mail.OutgoingMail;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Governance mail, queued in the outbox of the transaction that causes it: a mail server that is
 * down neither slows nor undoes the request, and the mail is retried until it is delivered.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class GovernanceMail {

  private static final Logger LOG = Logger.getLogger(GovernanceMail.class.getName());

  /** Outbox purpose of "a request waits for your decision". */
  public static final String DECIDER_NOTICE = "DECIDER_NOTICE";

  /** Outbox purpose of "an override expires soon". */
  public static final String OVERRIDE_REMINDER = "OVERRIDE_REMINDER";

  @Resource private DataSource dataSource;
  @EJB private MailOutbox outbox;

  /** Tells the other board members that a request waits for them. */
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
    outbox.enqueue(
        DECIDER_NOTICE,
        OutgoingMail.text(
            board,
            "Tierwise: " + waiting.kind() + " waits for your decision",
            waiting.summary() + "\n\nOpen the governance review queue in Tierwise to decide it.\n"));
  }

  public void remind(OutgoingMail mail) {
    outbox.enqueue(OVERRIDE_REMINDER, mail);
  }
}
