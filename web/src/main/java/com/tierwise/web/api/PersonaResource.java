package com.tierwise.web.api;

import com.tierwise.organisation.OrganisationRefusedException;
import com.tierwise.organisation.persona.Persona;
import com.tierwise.organisation.persona.PersonaDraft;
import com.tierwise.organisation.persona.PersonaService;
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

/** Personas (issue 5): every signed-in role reads, the CX roles (ADMIN, CX_ANALYST, CCBMX, CCSX) edit. */
@Path("personas")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PersonaResource {

  @EJB private PersonaService personas;
  @Context private SecurityContext security;
  @Context private UriInfo uri;

  /** The JSON shape of a persona, with the initials of its avatar. */
  public record PersonaView(
      long id, String name, String initials, String segment, String description, List<String> needs,
      List<String> motivations, List<String> frustrations, List<String> channels, String updatedBy,
      Instant updatedAt) {
    static PersonaView of(Persona persona) {
      return new PersonaView(
          persona.id(), persona.name(), persona.initials(), persona.segment().name(), persona.description(),
          persona.needs(), persona.motivations(), persona.frustrations(),
          persona.channels().stream().map(Enum::name).toList(), persona.updatedBy(), persona.updatedAt());
    }
  }

  @GET
  @RolesAllowed({"ADMIN", "CX_ANALYST", "ACCOUNT_MANAGER", "GOVERNANCE_BOARD", "EXECUTIVE", "CCBMX", "CCSX"})
  public Response list(@QueryParam("limit") String limit, @QueryParam("offset") String offset) {
    Paging paging = Paging.of(limit, offset);
    List<PersonaView> page = personas.list(paging.limit(), paging.offset()).stream().map(PersonaView::of).toList();
    return Response.ok(page).header(Paging.TOTAL_COUNT, personas.count()).build();
  }

  @GET
  @Path("{id}")
  @RolesAllowed({"ADMIN", "CX_ANALYST", "ACCOUNT_MANAGER", "GOVERNANCE_BOARD", "EXECUTIVE", "CCBMX", "CCSX"})
  public PersonaView persona(@PathParam("id") String id) throws OrganisationRefusedException {
    return PersonaView.of(personas.persona(id(id)));
  }

  @POST
  @RolesAllowed({"ADMIN", "CX_ANALYST", "CCBMX", "CCSX"})
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(PersonaDraft draft) throws OrganisationRefusedException {
    Persona created = personas.create(body(draft), user());
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(PersonaView.of(created))
        .build();
  }

  @PUT
  @Path("{id}")
  @RolesAllowed({"ADMIN", "CX_ANALYST", "CCBMX", "CCSX"})
  @Consumes(MediaType.APPLICATION_JSON)
  public PersonaView update(@PathParam("id") String id, PersonaDraft draft) throws OrganisationRefusedException {
    return PersonaView.of(personas.update(id(id), body(draft), user()));
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed({"ADMIN", "CX_ANALYST", "CCBMX", "CCSX"})
  public Response delete(@PathParam("id") String id) throws OrganisationRefusedException {
    personas.delete(id(id), user());
    return Response.noContent().build();
  }

  static long id(String id) {
    try {
      return Long.parseLong(id.trim());
    } catch (NumberFormatException e) {
      throw new InvalidRequestException("The id must be a whole number, not \"" + id + "\"");
    }
  }

  private static PersonaDraft body(PersonaDraft draft) {
    if (draft == null) {
      throw new InvalidRequestException(
          "The body must be a JSON object {\"name\",\"segment\",\"description\",\"needs\":[],\"motivations\":[],"
              + "\"frustrations\":[],\"channels\":[]}");
    }
    return draft;
  }

  private String user() {
    return security.getUserPrincipal().getName();
  }
}
