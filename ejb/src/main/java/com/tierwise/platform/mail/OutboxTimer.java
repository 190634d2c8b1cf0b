package com.tierwise.platform.mail;

import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * Looks at the outbox every half minute on every node, for messages whose retry is due and for
 * any the after-commit nudge missed. Starts after the schema migration, so it never reads a table
 * that is not there yet.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxTimer {

  @EJB private OutboxDispatcher dispatcher;

  @Schedule(second = "5,35", minute = "*", hour = "*", persistent = false, info = "mail-outbox")
  void everyHalfMinute() {
    dispatcher.dispatchDue();
  }
}
