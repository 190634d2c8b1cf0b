package com.tierwise.platform.mail;

import com.tierwise.platform.DataAccessFailure;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import javax.sql.DataSource;

/**
 * Queues mail in the caller's transaction: the message exists exactly when the change that
 * caused it commits (no mail about a request that was rolled back, none lost when the SMTP
 * server is down). The dispatcher is nudged after the commit, so mail normally leaves at once;
 * otherwise its timer finds the message within half a minute.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class MailOutbox {

  @Resource private DataSource dataSource;
  @Resource private TransactionSynchronizationRegistry transactions;
  @EJB private OutboxDispatcher dispatcher;

  public long enqueue(String purpose, OutgoingMail mail) {
    long id;
    try (Connection connection = dataSource.getConnection()) {
      id = new OutboxRepository(connection).enqueue(purpose, mail, Clock.systemUTC().instant());
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
    transactions.registerInterposedSynchronization(new Synchronization() {
      @Override
      public void beforeCompletion() {}

      @Override
      public void afterCompletion(int status) {
        if (status == Status.STATUS_COMMITTED) {
          dispatcher.dispatchSoon();
        }
      }
    });
    return id;
  }
}
