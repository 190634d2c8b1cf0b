package com.tierwise.governance;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Queues the deciders' mail in the transaction that makes a request wait, so it is sent exactly
 * when that request commits (the outbox sends it after the commit).
 */
@ApplicationScoped
public class DeciderNotifications {

  @EJB private GovernanceMail mail;

  void onAwaiting(@Observes AwaitingDecision waiting) {
    mail.tellDeciders(waiting);
  }
}
