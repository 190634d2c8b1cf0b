package com.tierwise.web.api;

import com.tierwise.governance.AuditRecord;
import com.tierwise.governance.GovernanceService;
import com.tierwise.governance.GovernanceSweep;
import com.tierwise.governance.QueueCounts;
import com.tierwise.treatment.TreatmentService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** What waits for the board, the governance audit, and the sweep (expiry, reminders) on demand. */
@Path("governance")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class GovernanceResource {

  public record Queue(long pendingOverrides, long pendingNominations, long dueReviews, long total) {}

  @EJB private GovernanceService governance;
  @EJB private GovernanceSweep sweep;

  @GET
  @Path("queue")
  @RolesAllowed({"ADMIN", "GOVERNANCE_BOARD", "CX_ANALYST", "ACCOUNT_MANAGER", "EXECUTIVE"})
  public Queue queue() {
    QueueCounts counts = governance.queue();
    return new Queue(counts.pendingOverrides(), counts.pendingNominations(), counts.dueReviews(), counts.total());
  }

  /** Who changed which governance record of the customer, when, before and after. */
  @GET
  @Path("audit/customers/{externalId}")
  @RolesAllowed({"ADMIN", "GOVERNANCE_BOARD", "CX_ANALYST", "ACCOUNT_MANAGER", "EXECUTIVE"})
  public List<AuditRecord> customerAudit(@PathParam("externalId") String externalId) {
    return governance.auditOfCustomer(externalId);
  }

  @GET
  @Path("audit/treatment-policy")
  @RolesAllowed({"ADMIN", "GOVERNANCE_BOARD", "CX_ANALYST", "EXECUTIVE"})
  public List<AuditRecord> treatmentPolicyAudit() {
    return governance.auditOf(TreatmentService.AUDIT_SUBJECT, "policy");
  }

  /** Runs the hourly sweep now: expires overrides past their review date, sends due reminders. */
  @POST
  @Path("sweeps")
  @RolesAllowed("ADMIN")
  public GovernanceSweep.Outcome sweepNow() {
    return sweep.run();
  }
}
