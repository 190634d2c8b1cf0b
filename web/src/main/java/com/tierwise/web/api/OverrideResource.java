package com.tierwise.web.api;

import com.tierwise.override.OverrideRefusedException;
import com.tierwise.override.OverrideRequest;
import com.tierwise.override.OverrideService;
import com.tierwise.override.OverrideStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
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

/** Leadership overrides of tiers: request, decide (maker-checker), withdraw, review. */
@Path("overrides")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OverrideResource {

  public record Decision(String decision, String comment) {}

  public record Withdrawal(String comment) {}

  @EJB private OverrideService overrides;
  @Context private SecurityContext security;

  @POST
  @RolesAllowed({"ADMIN", "CX_ANALYST", "ACCOUNT_MANAGER", "GOVERNANCE_BOARD"})
  @Consumes(MediaType.APPLICATION_JSON)
  public Response request(OverrideRequest request) throws OverrideRefusedException {
    OverrideRequest body = request == null ? new OverrideRequest(null, null, null, null, null, null) : request;
    OverrideView created = OverrideView.of(overrides.request(body, user()));
    return Response.created(UriBuilder.fromPath("overrides/{id}").build(created.id())).entity(created).build();
  }

  @POST
  @Path("{id}/decision")
  @RolesAllowed("GOVERNANCE_BOARD")
  @Consumes(MediaType.APPLICATION_JSON)
  public OverrideView decide(@PathParam("id") long id, Decision decision) throws OverrideRefusedException {
    Decision body = decision == null ? new Decision(null, null) : decision;
    return OverrideView.of(overrides.decide(id, body.decision(), body.comment(), user()));
  }

  @POST
  @Path("{id}/withdrawal")
  @RolesAllowed({"ADMIN", "CX_ANALYST", "ACCOUNT_MANAGER", "GOVERNANCE_BOARD"})
  @Consumes(MediaType.APPLICATION_JSON)
  public OverrideView withdraw(@PathParam("id") long id, Withdrawal withdrawal) throws OverrideRefusedException {
    return OverrideView.of(overrides.withdraw(id, withdrawal == null ? null : withdrawal.comment(), user()));
  }

  @GET
  @Path("{id}")
  @RolesAllowed({"ADMIN", "CX_ANALYST", "ACCOUNT_MANAGER", "GOVERNANCE_BOARD", "EXECUTIVE"})
  public OverrideView get(@PathParam("id") long id) {
    return OverrideView.of(overrides.find(id).orElseThrow(() -> new NotFoundException("No override " + id)));
  }

  @GET
  @RolesAllowed({"ADMIN", "CX_ANALYST", "ACCOUNT_MANAGER", "GOVERNANCE_BOARD", "EXECUTIVE"})
  public Response list(
      @QueryParam("status") String status,
      @QueryParam("externalId") String externalId,
      @QueryParam("limit") String limit,
      @QueryParam("offset") String offset) {
    Paging paging = Paging.of(limit, offset);
    OverrideStatus filter = status(status);
    String customer = QueryParams.blankToNull(externalId);
    List<OverrideView> page =
        overrides.forCustomer(customer, filter, paging.limit(), paging.offset()).stream().map(OverrideView::of).toList();
    return Response.ok(page).header(Paging.TOTAL_COUNT, overrides.countForCustomer(customer, filter)).build();
  }

  private static OverrideStatus status(String status) {
    if (status == null || status.isBlank()) {
      return null;
    }
    try {
      return OverrideStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(
          "status must be one of " + Arrays.toString(OverrideStatus.values()) + ", not \"" + status + "\"");
    }
  }

  private String user() {
    return security.getUserPrincipal().getName();
  }
}
