package com.tierwise.web.api;

import com.tierwise.closedloop.Touchpoint;
import com.tierwise.survey.InvitationResult;
import com.tierwise.survey.SurveyDefinition;
import com.tierwise.survey.SurveyDeliveryService;
import com.tierwise.survey.SurveyRefusedException;
import com.tierwise.survey.SurveyTexts;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;

/**
 * Touchpoint events from the systems where they happen: each invites the customer to the
 * touchpoint's survey by mail, or is skipped by the contact-frequency rule (200, with the reason).
 */
@Path("surveys/invitations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SurveyInvitationResource {

  @EJB private SurveyDeliveryService delivery;
  @Context private SecurityContext security;
  @Context private UriInfo uri;

  /** A touchpoint event: who, where, and optionally the language of the survey. */
  public record TouchpointEvent(String externalId, String touchpoint, String locale) {}

  @POST
  @RolesAllowed({"ADMIN", "CX_ANALYST", "ACCOUNT_MANAGER", "CCBMX", "CCSX"})
  @Consumes(MediaType.APPLICATION_JSON)
  public Response invite(TouchpointEvent event) throws SurveyRefusedException {
    if (event == null) {
      throw new InvalidRequestException("The body must be a JSON object {\"externalId\",\"touchpoint\",\"locale\"}");
    }
    // The context root as the caller reached it: /tierwise/api/ without the "api/".
    String application = uri.getBaseUri().resolve("..").toString();
    InvitationResult result =
        delivery.invite(
            event.externalId(), event.touchpoint(), event.locale(), application,
            security.getUserPrincipal().getName());
    return Response.status(
            result.status() == InvitationResult.Status.INVITED ? Response.Status.CREATED : Response.Status.OK)
        .entity(result)
        .build();
  }
}
