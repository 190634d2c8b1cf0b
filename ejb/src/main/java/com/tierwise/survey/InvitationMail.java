package com.tierwise.survey;

import com.tierwise.platform.mail.Mailer;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.mail.MessagingException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Sends a survey invitation after its transaction committed, so no mail carries a link to an
 * invitation that a failed commit never stored. When the mail server refuses, the invitation is
 * withdrawn (deleted) so the contact-frequency rule does not count a contact that never happened,
 * and the next touchpoint event invites again.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InvitationMail {

  private static final Logger LOG = Logger.getLogger(InvitationMail.class.getName());

  @Resource private DataSource dataSource;
  @EJB private Mailer mailer;

  public void send(InvitationMailDue due) {
    try {
      mailer.send(due.mail());
    } catch (MessagingException | RuntimeException e) {
      LOG.log(Level.WARNING, "Survey invitation " + due.invitationId() + " could not be sent; it is withdrawn", e);
      try (Connection connection = dataSource.getConnection()) {
        new SurveyDeliveryRepository(connection).withdraw(due.invitationId());
      } catch (SQLException withdrawFailed) {
        LOG.log(Level.WARNING, "Survey invitation " + due.invitationId() + " could not be withdrawn", withdrawFailed);
      }
    }
  }
}
