package com.tierwise.survey;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/** Hands an invitation's mail to the mail server only once the invitation is committed. */
@ApplicationScoped
public class InvitationMailAfterCommit {

  @EJB private InvitationMail mail;

  void onStored(@Observes(during = TransactionPhase.AFTER_SUCCESS) InvitationMailDue due) {
    mail.send(due);
  }
}
