package com.tierwise.web.api;

import com.tierwise.security.UserCreationException;
import com.tierwise.security.UserService;
import com.tierwise.security.UserSummary;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import com.tierwise.organisation.team.Member;
import com.tierwise.organisation.team.TeamRefusedException;
import com.tierwise.organisation.team.Placement;
import com.tierwise.organisation.team.TeamService;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import java.util.Set;

/** User administration: the identity store's users and roles. */
@Path("users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class UserResource {

  @EJB private UserService users;
  @EJB private TeamService teams;
  @Context private SecurityContext security;

  public record NewUser(String username, String password, List<String> roles, String email) {}

  @POST
  @RolesAllowed("ADMIN")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(NewUser request) throws UserCreationException {
    if (request == null) {
      throw new InvalidRequestException("a JSON body {\"username\",\"password\",\"roles\"} is required");
    }
    UserSummary created =
        users.create(
            request.username(),
            request.password() == null ? null : request.password().toCharArray(),
            request.roles() == null ? Set.of() : new java.util.HashSet<>(request.roles()),
            request.email());
    return Response.created(UriBuilder.fromPath("users/{name}").build(created.username()))
        .entity(created)
        .build();
  }

  /** Team, manager and mail address of a user, each replaced as given (null or blank clears). */
  @PUT
  @Path("{username}/placement")
  @RolesAllowed("ADMIN")
  @Consumes(MediaType.APPLICATION_JSON)
  public Member place(@PathParam("username") String username, Placement placement) throws TeamRefusedException {
    if (placement == null) {
      throw new InvalidRequestException("a JSON body {\"team\",\"manager\",\"email\"} is required");
    }
    return teams.place(username, placement, security.getUserPrincipal().getName());
  }

  @GET
  @RolesAllowed("ADMIN")
  public Response list(@QueryParam("limit") String limit, @QueryParam("offset") String offset) {
    Paging paging = Paging.of(limit, offset);
    return Response.ok(users.list(paging.limit(), paging.offset()))
        .header(Paging.TOTAL_COUNT, users.count())
        .build();
  }
}
