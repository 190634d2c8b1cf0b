package com.tierwise.web.api;

import com.tierwise.closedloop.ClosedLoopService;
import com.tierwise.closedloop.ResponsesCsvRejectedException;
import com.tierwise.closedloop.ResponsesRejectedException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonStructure;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.InputStream;
import java.util.Map;

/** Survey responses from any survey tool or CRM, as JSON or CSV: all of a batch is stored, or none. */
@Path("surveys")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SurveyResource {

  @EJB private ClosedLoopService closedLoop;
  @Context private SecurityContext security;

  @POST
  @Path("responses")
  @RolesAllowed({"ADMIN", "CX_ANALYST", "ACCOUNT_MANAGER", "CCBMX", "CCSX"})
  @Consumes(MediaType.APPLICATION_JSON)
  public Response submit(JsonStructure body) throws ResponsesRejectedException {
    if (body == null) {
      throw new InvalidRequestException("The body must be a JSON array of responses");
    }
    int accepted = closedLoop.submit(SurveyJson.inputs(body), security.getUserPrincipal().getName());
    return Response.status(Response.Status.CREATED).entity(Map.of("accepted", accepted)).build();
  }

  /**
   * The same responses as a CSV file (columns external_id, touchpoint, score, comment,
   * responded_at): all stored or none, problems by line and column.
   */
  @POST
  @Path("responses")
  @RolesAllowed({"ADMIN", "CX_ANALYST", "ACCOUNT_MANAGER", "CCBMX", "CCSX"})
  @Consumes("text/csv")
  public Response upload(InputStream csv) throws ResponsesCsvRejectedException {
    int accepted = closedLoop.submitCsv(csv, security.getUserPrincipal().getName());
    return Response.status(Response.Status.CREATED).entity(Map.of("accepted", accepted)).build();
  }
}
