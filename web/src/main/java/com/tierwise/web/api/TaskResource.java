package com.tierwise.web.api;

import com.tierwise.closedloop.ClosedLoopService;
import com.tierwise.closedloop.TaskEscalationTimer;
import com.tierwise.closedloop.TaskPerformance;
import com.tierwise.closedloop.IllegalTaskTransitionException;
import com.tierwise.closedloop.InvalidOutcomeException;
import com.tierwise.closedloop.TaskFilter;
import com.tierwise.closedloop.TaskNotFoundException;
import com.tierwise.closedloop.TaskStatus;
import com.tierwise.closedloop.TaskType;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/** The closed loop's tasks: follow-up calls to detractors, testimonial requests to promoters. */
@Path("tasks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TaskResource {

  @EJB private ClosedLoopService closedLoop;
  @EJB private TaskEscalationTimer escalation;
  @Context private SecurityContext security;

  /**
   * The outcome, and optionally what the follow-up found (issue 5, the charter): the lifecycle
   * stage that failed and whether it was MARKETING's or SERVICE's half of the experience.
   */
  public record Completion(String outcome, String stage, String attribution) {}

  public record Reassignment(String assignee) {}

  @GET
  @RolesAllowed({"ADMIN", "CX_ANALYST", "ACCOUNT_MANAGER", "CCBMX", "CCSX"})
  public Response list(
      @QueryParam("type") String type,
      @QueryParam("status") String status,
      @QueryParam("assignee") String assignee,
      @QueryParam("limit") String limit,
      @QueryParam("offset") String offset) {
    Paging paging = Paging.of(limit, offset);
    TaskFilter filter =
        new TaskFilter(
            parse("type", type, TaskType.class), parse("status", status, TaskStatus.class),
            assignee == null || assignee.isBlank() ? null : assignee.trim());
    List<TaskView> page =
        closedLoop.tasks(filter, paging.limit(), paging.offset()).stream().map(TaskView::of).toList();
    return Response.ok(page).header(Paging.TOTAL_COUNT, closedLoop.taskCount(filter)).build();
  }

  @POST
  @Path("{id}/claim")
  @RolesAllowed({"ADMIN", "CX_ANALYST", "ACCOUNT_MANAGER", "CCBMX", "CCSX"})
  public TaskView claim(@PathParam("id") long id)
      throws TaskNotFoundException, IllegalTaskTransitionException {
    return TaskView.of(closedLoop.claim(id, security.getUserPrincipal().getName()));
  }

  @POST
  @Path("{id}/complete")
  @RolesAllowed({"ADMIN", "CX_ANALYST", "ACCOUNT_MANAGER", "CCBMX", "CCSX"})
  @Consumes(MediaType.APPLICATION_JSON)
  public TaskView complete(@PathParam("id") long id, Completion completion)
      throws TaskNotFoundException, IllegalTaskTransitionException, InvalidOutcomeException {
    return TaskView.of(
        completion == null
            ? closedLoop.complete(id, null, security.getUserPrincipal().getName())
            : closedLoop.complete(
                id, completion.outcome(), completion.stage(), completion.attribution(),
                security.getUserPrincipal().getName()));
  }

  /** Hands an OPEN or CLAIMED task to another person or team queue (OPEN again); DONE: 409. */
  @POST
  @Path("{id}/reassign")
  @RolesAllowed({"ADMIN", "CX_ANALYST", "ACCOUNT_MANAGER", "CCBMX", "CCSX"})
  @Consumes(MediaType.APPLICATION_JSON)
  public TaskView reassign(@PathParam("id") long id, Reassignment reassignment)
      throws TaskNotFoundException, IllegalTaskTransitionException, InvalidOutcomeException {
    return TaskView.of(
        closedLoop.reassign(
            id, reassignment == null ? null : reassignment.assignee(), security.getUserPrincipal().getName()));
  }

  /** Overdue tasks are escalated every five minutes; this runs it now. */
  @POST
  @Path("escalations")
  @RolesAllowed({"ADMIN", "CX_ANALYST"})
  public Map<String, Integer> escalate() {
    return Map.of("escalated", escalation.escalateNow());
  }

  /**
   * Closed-loop performance for tasks created in the period: by assignee (a person or a team
   * queue), by the assignee's team (byTeam; queues and users without a team under team null),
   * the share done in time, and everyone together.
   */
  @GET
  @Path("performance")
  @RolesAllowed({"ADMIN", "CX_ANALYST", "ACCOUNT_MANAGER", "EXECUTIVE", "CCBMX", "CCSX"})
  public Map<String, Object> performance(
      @QueryParam("type") String type, @QueryParam("from") String from, @QueryParam("to") String to) {
    Period period = Period.of(from, to);
    TaskType which = parse("type", type, TaskType.class);
    List<TaskPerformance> rows =
        closedLoop.performance(which == null ? TaskType.FOLLOW_UP_CALL : which, period.from(), period.to());
    return Map.of(
        "total", TaskPerformance.total(rows),
        "byAssignee", rows,
        "byTeam", closedLoop.performanceByTeam(which == null ? TaskType.FOLLOW_UP_CALL : which, period.from(), period.to()));
  }

  private static <E extends Enum<E>> E parse(String name, String value, Class<E> type) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String normalised = value.trim().toUpperCase(Locale.ROOT);
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(normalised)) {
        return constant;
      }
    }
    throw new InvalidRequestException(
        name + " must be one of " + Arrays.toString(type.getEnumConstants()) + ", not \"" + value + "\"");
  }
}
