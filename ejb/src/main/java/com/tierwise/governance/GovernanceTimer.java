package com.tierwise.governance;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * Runs the governance sweep every hour, persistently (a missed run is caught up after a restart).
 * Hourly rather than daily so an expiry takes effect the same morning; each run is cheap and
 * idempotent.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class GovernanceTimer {

  @EJB private GovernanceSweep sweep;

  @Schedule(hour = "*", minute = "7", persistent = true, info = "tierwise-governance-sweep")
  void hourly() {
    sweep.run();
  }
}
