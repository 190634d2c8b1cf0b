package com.tierwise.closedloop;

import com.tierwise.platform.mail.OutgoingMail;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The digest sent to the CX lead when follow-ups are overdue: one mail per timer run. */
public final class EscalationMail {

  private EscalationMail() {}

  public static OutgoingMail of(String to, List<CxTask> tasks, Instant now) {
    StringBuilder text =
        new StringBuilder(tasks.size() + " closed-loop task(s) are past their due time and were escalated to you:\n\n");
    for (CxTask task : tasks) {
      Duration late = Duration.between(task.dueAt(), now);
      text.append("- task ").append(task.id()).append(", ").append(task.type()).append(" for customer ")
          .append(task.externalId()).append(", assigned to ").append(task.assignee()).append(", ")
          .append(task.status()).append(", due ").append(task.dueAt()).append(" (")
          .append(overdue(late)).append(" overdue)\n");
    }
    text.append("\nThe tasks are listed in Tierwise under /api/tasks?status=OPEN and in the portal's task pages.\n");
    return OutgoingMail.text(
        List.of(to), "Tierwise: " + tasks.size() + " overdue closed-loop task(s) escalated", text.toString());
  }

  static String overdue(Duration late) {
    if (late.toDays() >= 1) {
      return late.toDays() + " d " + late.toHoursPart() + " h";
    }
    return late.toHours() >= 1 ? late.toHours() + " h " + late.toMinutesPart() + " min" : late.toMinutes() + " min";
  }
}
