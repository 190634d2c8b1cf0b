package com.tierwise.web.portal.jobs;

import com.tierwise.jobs.Job;
import com.tierwise.jobs.JobKind;
import com.tierwise.jobs.JobService;
import com.tierwise.web.portal.shell.PortalMessages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Date;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The warning that the latest import or tiering run was cut off by a server stop, shown on the
 * dashboard, the import wizard and the policy page until a later job of the same kind starts.
 * Read once per request and kind.
 */
@Named
@RequestScoped
public class InterruptedJobNotice {

  @EJB private JobService jobs;

  private final Map<JobKind, Optional<Job>> latest = new EnumMap<>(JobKind.class);

  /** The warning for the kind (IMPORT or TIERING_RUN), or null when there is nothing to say. */
  public String text(String kind) {
    JobKind jobKind = JobKind.valueOf(kind);
    Optional<Job> job = latest.computeIfAbsent(jobKind, jobs::latestInterrupted);
    if (job.isEmpty()) {
      return null;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    Job interrupted = job.get();
    return PortalMessages.text(
        faces,
        jobKind == JobKind.IMPORT ? "interrupted.import" : "interrupted.run",
        interrupted.subject(),
        interrupted.startedBy(),
        Date.from(interrupted.startedAt()));
  }
}
