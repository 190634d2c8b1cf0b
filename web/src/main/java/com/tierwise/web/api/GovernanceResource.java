package com.tierwise.web.api;

import com.tierwise.customer.CustomerService;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** What waits for the board, the governance audit, and the sweep (expiry, reminders) on demand. */
@Path("governance")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class GovernanceResource {

  public record Queue(long pendingOverrides, long pendingNominations, long dueReviews, long total) {}

  @EJB private GovernanceService governance;
  @EJB private GovernanceSweep sweep;
  @EJB private CustomerService customers;

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

  /**
   * The audit of bulk customer imports, newest first: one record per import (who, when, source,
   * created and updated counts, request id), not per row.
   */
  @GET
  @Path("audit/imports")
  @RolesAllowed({"ADMIN", "GOVERNANCE_BOARD", "CX_ANALYST", "EXECUTIVE"})
  public Response importAudit(@QueryParam("limit") String limit, @QueryParam("offset") String offset) {
    Paging paging = Paging.of(limit, offset);
    return Response.ok(customers.imports(paging.limit(), paging.offset()))
        .header(Paging.TOTAL_COUNT, customers.countImports())
        .build();
  }

  /** Runs the hourly sweep now: expires overrides past their review date, sends due reminders. */
  @POST
  @Path("sweeps")
  @RolesAllowed("ADMIN")
  public GovernanceSweep.Outcome sweepNow() {
    return sweep.run();
  }
}
