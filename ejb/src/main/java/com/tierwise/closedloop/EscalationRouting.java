package com.tierwise.closedloop;

import com.tierwise.organisation.team.Member;
import com.tierwise.organisation.team.Organisation;

/**
 * Who hears of an overdue task: the manager of the customer's owner, when the owner is a user with
 * a manager who has a mail address; otherwise the CX lead (customers without owner, owners that
 * are no user or have no manager).
 */
public final class EscalationRouting {

  /**
   * @param address where the mail goes; null when nobody can be mailed (no CX lead configured)
   * @param manager the manager's user name, null for the CX lead
   */
  public record Recipient(String address, String manager) {}

  private EscalationRouting() {}

  public static Recipient of(Organisation organisation, String owner, String cxLead) {
    return organisation
        .reachableManagerOf(owner)
        .map((Member manager) -> new Recipient(manager.email(), manager.username()))
        .orElseGet(() -> new Recipient(cxLead, null));
  }
}
