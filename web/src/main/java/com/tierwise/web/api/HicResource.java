package com.tierwise.web.api;

import com.tierwise.governance.AuditRecord;
import com.tierwise.governance.GovernanceService;
import com.tierwise.hic.Candidate;
import com.tierwise.hic.HicProfile;
import com.tierwise.hic.HicRefusedException;
import com.tierwise.hic.HicService;
import com.tierwise.hic.HicWorkflow;
import com.tierwise.hic.Membership;
import com.tierwise.hic.NominationInput;
import com.tierwise.hic.NominationStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriBuilder;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * High-impact customers: nominations and their board decisions, the roster with re-reviews and
 * revocation, suggested candidates, and the four-pillar profile.
 */
@Path("hic")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class HicResource {


  public record Decision(String decision, String comment) {}

  public record Withdrawal(String comment) {}

  /** The roster entry of one HIC, or {"hic":false} after a revocation. */
  public record MembershipView(String externalId, boolean hic, Membership membership) {}

  @EJB private HicService hic;
  @EJB private GovernanceService governance;
  @Context private SecurityContext security;

  @POST
  @Path("nominations")
  @RolesAllowed({"ADMIN", "ACCOUNT_MANAGER", "CX_ANALYST"})
  @Consumes(MediaType.APPLICATION_JSON)
  public Response nominate(NominationInput input) throws HicRefusedException {
    NominationView created =
        NominationView.of(hic.nominate(input == null ? new NominationInput(null, null, null) : input, user()));
    return Response.created(UriBuilder.fromPath("hic/nominations/{id}").build(created.id())).entity(created).build();
  }

  @GET
  @Path("nominations")
  @RolesAllowed({"ADMIN", "ACCOUNT_MANAGER", "CX_ANALYST", "GOVERNANCE_BOARD", "EXECUTIVE", "CCBMX", "CCSX"})
  public Response nominations(
      @QueryParam("status") String status,
      @QueryParam("externalId") String externalId,
      @QueryParam("limit") String limit,
      @QueryParam("offset") String offset) {
    Paging paging = Paging.of(limit, offset);
    NominationStatus filter = status(status);
    String customer = QueryParams.blankToNull(externalId);
    List<NominationView> page =
        hic.nominations(filter, customer, paging.limit(), paging.offset()).stream().map(NominationView::of).toList();
    return Response.ok(page).header(Paging.TOTAL_COUNT, hic.countNominations(filter, customer)).build();
  }

  @GET
  @Path("nominations/{id}")
  @RolesAllowed({"ADMIN", "ACCOUNT_MANAGER", "CX_ANALYST", "GOVERNANCE_BOARD", "EXECUTIVE", "CCBMX", "CCSX"})
  public NominationView nomination(@PathParam("id") long id) {
    return NominationView.of(hic.nomination(id).orElseThrow(() -> new NotFoundException("No nomination " + id)));
  }

  /** APPROVE, REJECT (comment = reason, required) or REQUEST_INFO (comment = what is missing). */
  @POST
  @Path("nominations/{id}/decision")
  @RolesAllowed("GOVERNANCE_BOARD")
  @Consumes(MediaType.APPLICATION_JSON)
  public NominationView decide(@PathParam("id") long id, Decision decision) throws HicRefusedException {
    Decision body = decision == null ? new Decision(null, null) : decision;
    return NominationView.of(hic.decide(id, body.decision(), body.comment(), user()));
  }

  /** The nominator's amended answers after a request for information; the externalId is ignored. */
  @POST
  @Path("nominations/{id}/resubmission")
  @RolesAllowed({"ADMIN", "ACCOUNT_MANAGER", "CX_ANALYST"})
  @Consumes(MediaType.APPLICATION_JSON)
  public NominationView resubmit(@PathParam("id") long id, NominationInput amended) throws HicRefusedException {
    return NominationView.of(hic.resubmit(id, amended == null ? new NominationInput(null, null, null) : amended, user()));
  }

  @POST
  @Path("nominations/{id}/withdrawal")
  @RolesAllowed({"ADMIN", "ACCOUNT_MANAGER", "CX_ANALYST"})
  @Consumes(MediaType.APPLICATION_JSON)
  public NominationView withdraw(@PathParam("id") long id, Withdrawal withdrawal) throws HicRefusedException {
    return NominationView.of(hic.withdraw(id, withdrawal == null ? null : withdrawal.comment(), user()));
  }

  @GET
  @Path("nominations/{id}/audit")
  @RolesAllowed({"ADMIN", "ACCOUNT_MANAGER", "CX_ANALYST", "GOVERNANCE_BOARD", "EXECUTIVE"})
  public List<AuditRecord> nominationAudit(@PathParam("id") long id) {
    hic.nomination(id).orElseThrow(() -> new NotFoundException("No nomination " + id));
    return governance.auditOf(HicWorkflow.NOMINATION, String.valueOf(id));
  }

  /** Customers the data suggests: top business percentile (default from configuration), not yet HIC. */
  @GET
  @Path("candidates")
  @RolesAllowed({"ADMIN", "ACCOUNT_MANAGER", "CX_ANALYST", "GOVERNANCE_BOARD"})
  public List<Candidate> candidates(@QueryParam("minPercentile") String minPercentile, @QueryParam("limit") String limit) {
    Paging paging = Paging.of(limit, null);
    Double from = null;
    if (minPercentile != null && !minPercentile.isBlank()) {
      try {
        from = Double.valueOf(minPercentile.trim());
      } catch (NumberFormatException e) {
        throw new InvalidRequestException("minPercentile must be a number from 0 to 100, not \"" + minPercentile + "\"");
      }
      if (from < 0 || from > 100) {
        throw new InvalidRequestException("minPercentile must be between 0 and 100");
      }
    }
    return hic.candidates(from, paging.limit());
  }

  /** The roster of high-impact customers, or with due=true only those whose re-review is due. */
  @GET
  @Path("customers")
  @RolesAllowed({"ADMIN", "ACCOUNT_MANAGER", "CX_ANALYST", "GOVERNANCE_BOARD", "EXECUTIVE", "CCBMX", "CCSX"})
  public Response roster(
      @QueryParam("due") boolean due, @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
    Paging paging = Paging.of(limit, offset);
    return Response.ok(hic.memberships(due, paging.limit(), paging.offset()))
        .header(Paging.TOTAL_COUNT, hic.countMemberships(due))
        .build();
  }

  @GET
  @Path("customers/{externalId}")
  @RolesAllowed({"ADMIN", "ACCOUNT_MANAGER", "CX_ANALYST", "GOVERNANCE_BOARD", "EXECUTIVE", "CCBMX", "CCSX"})
  public Membership membership(@PathParam("externalId") String externalId) {
    return hic.membership(externalId)
        .orElseThrow(() -> new NotFoundException("Customer " + externalId + " is not a high-impact customer"));
  }

  /** The periodic re-review: CONFIRM for another period, or REVOKE (with a reason) at any time. */
  @POST
  @Path("customers/{externalId}/review")
  @RolesAllowed("GOVERNANCE_BOARD")
  @Consumes(MediaType.APPLICATION_JSON)
  public MembershipView review(@PathParam("externalId") String externalId, Decision decision) throws HicRefusedException {
    Decision body = decision == null ? new Decision(null, null) : decision;
    Membership result = hic.review(externalId, body.decision(), body.comment(), user()).orElse(null);
    return new MembershipView(externalId, result != null, result);
  }

  @GET
  @Path("customers/{externalId}/profile")
  @RolesAllowed({"ADMIN", "ACCOUNT_MANAGER", "CX_ANALYST", "GOVERNANCE_BOARD", "EXECUTIVE", "CCBMX", "CCSX"})
  public HicProfile profile(@PathParam("externalId") String externalId) throws HicRefusedException {
    return hic.profile(externalId)
        .orElseThrow(() -> new NotFoundException("No HIC profile for " + externalId + " yet"));
  }

  /** Replaces the profile; send the version you read to be told (409) if someone saved in between. */
  @PUT
  @Path("customers/{externalId}/profile")
  @RolesAllowed({"ADMIN", "ACCOUNT_MANAGER", "CX_ANALYST", "GOVERNANCE_BOARD"})
  @Consumes(MediaType.APPLICATION_JSON)
  public HicProfile saveProfile(@PathParam("externalId") String externalId, HicProfile profile)
      throws HicRefusedException {
    HicProfile body = profile == null ? new HicProfile(externalId, null, null, null, null, null, null, null, null) : profile;
    return hic.saveProfile(externalId, body, user());
  }

  private static NominationStatus status(String status) {
    if (status == null || status.isBlank()) {
      return null;
    }
    try {
      return NominationStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(
          "status must be one of " + Arrays.toString(NominationStatus.values()) + ", not \"" + status + "\"");
    }
  }

  private String user() {
    return security.getUserPrincipal().getName();
  }
}
