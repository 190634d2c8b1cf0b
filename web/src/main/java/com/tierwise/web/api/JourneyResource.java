package com.tierwise.web.api;

import com.tierwise.charter.LifecycleStage;
import com.tierwise.organisation.OrganisationRefusedException;
import com.tierwise.organisation.journey.JourneyDraft;
import com.tierwise.organisation.journey.JourneyEntry;
import com.tierwise.organisation.journey.JourneyOwner;
import com.tierwise.organisation.journey.JourneyPage;
import com.tierwise.organisation.journey.JourneyService;
import com.tierwise.organisation.journey.JourneyTouchpoint;
import com.tierwise.organisation.journey.JourneyValidator;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;

/**
 * The journey map (issue 5): touchpoints by lifecycle stage, with the NPS and response count of
 * the last 90 days where a survey is asked. Every signed-in role reads, the CX roles edit.
 */
@Path("journey/touchpoints")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class JourneyResource {

  @EJB private JourneyService journey;
  @Context private SecurityContext security;
  @Context private UriInfo uri;

  /** The JSON shape of a touchpoint on the map; responses and nps only where a survey is asked. */
  public record TouchpointView(
      long id, String stage, String touchpoint, String label, String owner, String survey, int position,
      List<JourneyEntry.PersonaRef> personas, Long responses, Double nps, String updatedBy, Instant updatedAt) {
    static TouchpointView of(JourneyEntry entry) {
      JourneyTouchpoint t = entry.touchpoint();
      return new TouchpointView(
          t.id(), t.stage().name(), t.touchpoint() == null ? null : t.touchpoint().name(), t.label(),
          t.owner().name(), t.survey() == null ? null : t.survey().name(), t.position(), entry.personas(),
          entry.responses(), entry.nps(), t.updatedBy(), t.updatedAt());
    }
  }

  @GET
  @RolesAllowed({"ADMIN", "CX_ANALYST", "ACCOUNT_MANAGER", "GOVERNANCE_BOARD", "EXECUTIVE", "CCBMX", "CCSX"})
  public Response list(
      @QueryParam("stage") String stage,
      @QueryParam("owner") String owner,
      @QueryParam("limit") String limit,
      @QueryParam("offset") String offset) {
    Paging paging = Paging.of(limit, offset);
    LifecycleStage which = null;
    if (stage != null && !stage.isBlank()) {
      which = LifecycleStage.parse(stage)
          .orElseThrow(() -> new InvalidRequestException("stage must be " + LifecycleStage.choices()));
    }
    JourneyOwner side = null;
    if (owner != null && !owner.isBlank()) {
      side = JourneyValidator.owner(owner).orElseThrow(() -> new InvalidRequestException("owner must be CCBMX or CCSX"));
    }
    JourneyPage page = journey.entries(which, side, paging.limit(), paging.offset());
    return Response.ok(page.entries().stream().map(TouchpointView::of).toList())
        .header(Paging.TOTAL_COUNT, page.total())
        .build();
  }

  @GET
  @Path("{id}")
  @RolesAllowed({"ADMIN", "CX_ANALYST", "ACCOUNT_MANAGER", "GOVERNANCE_BOARD", "EXECUTIVE", "CCBMX", "CCSX"})
  public TouchpointView touchpoint(@PathParam("id") String id) throws OrganisationRefusedException {
    return TouchpointView.of(journey.entry(PersonaResource.id(id)));
  }

  @POST
  @RolesAllowed({"ADMIN", "CX_ANALYST", "CCBMX", "CCSX"})
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(JourneyDraft draft) throws OrganisationRefusedException {
    JourneyTouchpoint created = journey.create(body(draft), user());
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(TouchpointView.of(journey.entry(created.id())))
        .build();
  }

  @PUT
  @Path("{id}")
  @RolesAllowed({"ADMIN", "CX_ANALYST", "CCBMX", "CCSX"})
  @Consumes(MediaType.APPLICATION_JSON)
  public TouchpointView update(@PathParam("id") String id, JourneyDraft draft) throws OrganisationRefusedException {
    long which = PersonaResource.id(id);
    journey.update(which, body(draft), user());
    return TouchpointView.of(journey.entry(which));
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed({"ADMIN", "CX_ANALYST", "CCBMX", "CCSX"})
  public Response delete(@PathParam("id") String id) throws OrganisationRefusedException {
    journey.delete(PersonaResource.id(id), user());
    return Response.noContent().build();
  }

  private static JourneyDraft body(JourneyDraft draft) {
    if (draft == null) {
      throw new InvalidRequestException(
          "The body must be a JSON object {\"stage\",\"touchpoint\",\"label\",\"owner\",\"survey\",\"position\","
              + "\"personaIds\":[]}");
    }
    return draft;
  }

  private String user() {
    return security.getUserPrincipal().getName();
  }
}
