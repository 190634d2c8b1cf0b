package com.tierwise.governance;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/** Tells the deciders only once the request they are to decide is committed. */
@ApplicationScoped
public class DeciderNotifications {

  @EJB private GovernanceMail mail;

  void onAwaiting(@Observes(during = TransactionPhase.AFTER_SUCCESS) AwaitingDecision waiting) {
    mail.tellDeciders(waiting);
  }
}
