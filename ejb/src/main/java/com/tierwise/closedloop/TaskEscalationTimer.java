package com.tierwise.closedloop;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every five minutes, escalates overdue closed-loop tasks. The timer is not persistent: a missed
 * run changes nothing, because the escalation is recorded on each task (once, by a conditional
 * update) and the next run picks up whatever is still overdue, on whichever node it fires.
 */
@Singleton
public class TaskEscalationTimer {

  private static final Logger LOG = Logger.getLogger(TaskEscalationTimer.class.getName());

  /** The CX lead's address for escalations (TIERWISE_CX_LEAD_EMAIL). */
  public static final String CX_LEAD_EMAIL = "tierwise.cx.lead.email";

  @EJB private ClosedLoopService closedLoop;

  @Inject
  @ConfigProperty(name = CX_LEAD_EMAIL)
  private Optional<String> cxLead;

  @Schedule(minute = "*/5", hour = "*", persistent = false, info = "closed-loop escalation")
  void escalate() {
    try {
      closedLoop.escalateOverdue(cxLead);
    } catch (Exception e) {
      // Logged and retried on the next run; an exception here would only cancel this one.
      LOG.log(Level.WARNING, "Escalating overdue closed-loop tasks failed; the next run tries again", e);
    }
  }

  /** Runs the escalation now (the API's POST /tasks/escalations), with the configured address. */
  public int escalateNow() {
    return closedLoop.escalateOverdue(cxLead);
  }
}
