package com.tierwise.web.portal.governance;

import com.tierwise.governance.GovernanceService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The number beside "Review queue" in the menu: what waits for the board, counted once per request. */
@Named
@RequestScoped
public class GovernanceBadge {

  @EJB private GovernanceService governance;

  private Long pending;

  public long getPending() {
    if (pending == null) {
      pending = governance.queue().total();
    }
    return pending;
  }
}
