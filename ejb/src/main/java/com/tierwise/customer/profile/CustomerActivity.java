package com.tierwise.customer.profile;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;

/**
 * What the governance and CX workflows hold about one customer, for the customer 360: overrides
 * that raise or demote it, its latest survey responses and its open follow-up tasks.
 */
public record CustomerActivity(
    List<OverrideLine> overrides, List<ResponseLine> responses, List<TaskLine> openTasks)
    implements Serializable {

  /**
   * An override request naming the customer. {@code demoted} is true when the customer is the one
   * named to leave tier A for another customer's promotion.
   */
  public record OverrideLine(
      long id,
      String tier,
      String reason,
      String status,
      String requestedBy,
      Instant requestedAt,
      String decidedBy,
      LocalDate expiresAt,
      boolean demoted,
      String otherExternalId)
      implements Serializable {}

  /** One survey response. */
  public record ResponseLine(long id, String touchpoint, int score, String comment, Instant respondedAt)
      implements Serializable {

    /** PROMOTER, PASSIVE or DETRACTOR, as NPS counts it. */
    /** For the portal's date converter, which takes no Instant in Faces 4.0. */
    public Date respondedDate() {
      return Date.from(respondedAt);
    }

    public String category() {
      return score >= 9 ? "PROMOTER" : score >= 7 ? "PASSIVE" : "DETRACTOR";
    }
  }

  /** An open or claimed follow-up task. */
  public record TaskLine(long id, String type, String status, String assignee, Instant dueAt)
      implements Serializable {

    public Date dueDate() {
      return dueAt == null ? null : Date.from(dueAt);
    }

    public boolean overdue(Instant now) {
      return dueAt != null && dueAt.isBefore(now);
    }
  }
}
