package com.tierwise.web.api;

import com.tierwise.jobs.Job;
import com.tierwise.jobs.JobKind;
import com.tierwise.jobs.JobService;
import com.tierwise.jobs.JobStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The journal of imports and tiering runs, newest first: who started what and when, and whether
 * it COMPLETED, FAILED (with the reason) or was INTERRUPTED by a server stop (nothing stored).
 */
@Path("jobs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class JobResource {

  @EJB private JobService jobs;

  /** A journal row as JSON; instants in ISO-8601. */
  public record JobView(
      long id,
      String kind,
      String subject,
      Long sizeBytes,
      String startedBy,
      String startedAt,
      String node,
      String status,
      String finishedAt,
      String outcome) {
    static JobView of(Job job) {
      return new JobView(
          job.id(), job.kind().name(), job.subject(), job.sizeBytes(), job.startedBy(),
          job.startedAt().toString(), job.node(), job.status().name(),
          job.finishedAt() == null ? null : job.finishedAt().toString(), job.outcome());
    }
  }

  @GET
  @RolesAllowed({"ADMIN", "CX_ANALYST", "GOVERNANCE_BOARD", "EXECUTIVE"})
  public Response list(
      @QueryParam("kind") String kind,
      @QueryParam("status") String status,
      @QueryParam("limit") String limit,
      @QueryParam("offset") String offset) {
    Paging paging = Paging.of(limit, offset);
    JobKind wantedKind = parse("kind", kind, JobKind.class);
    JobStatus wantedStatus = parse("status", status, JobStatus.class);
    List<JobView> page =
        jobs.list(wantedKind, wantedStatus, paging.limit(), paging.offset()).stream().map(JobView::of).toList();
    return Response.ok(page).header(Paging.TOTAL_COUNT, jobs.count(wantedKind, wantedStatus)).build();
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
