package com.tierwise.web.api;

import com.tierwise.security.ServiceToken;
import com.tierwise.security.ServiceTokenService;
import com.tierwise.security.UserCreationException;
import com.tierwise.web.security.BearerTokens;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriBuilder;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Bearer tokens for service clients: created (shown once), listed, revoked; ADMIN only. */
@Path("tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TokenResource {

  public record NewToken(String name, List<String> roles) {}

  /** The answer to a creation: the token itself appears here and nowhere else, ever. */
  public record CreatedToken(long id, String name, Set<?> roles, String token, String usage) {}

  @EJB private ServiceTokenService tokens;
  @Inject private BearerTokens cache;
  @Context private SecurityContext security;

  @POST
  @RolesAllowed("ADMIN")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(NewToken request) throws UserCreationException {
    if (request == null) {
      throw new InvalidRequestException("a JSON body {\"name\",\"roles\"} is required");
    }
    ServiceTokenService.Created created =
        tokens.create(
            request.name(),
            request.roles() == null ? Set.of() : new HashSet<>(request.roles()),
            security.getUserPrincipal().getName());
    ServiceToken token = created.token();
    return Response.created(UriBuilder.fromPath("tokens/{id}").build(token.id()))
        .entity(new CreatedToken(token.id(), token.name(), token.roles(), created.secret(),
            "Authorization: Bearer " + created.secret()))
        .build();
  }

  @GET
  @RolesAllowed("ADMIN")
  public Response list() {
    List<ServiceToken> all = tokens.list();
    return Response.ok(all).header(Paging.TOTAL_COUNT, all.size()).build();
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed("ADMIN")
  public Response revoke(@PathParam("id") long id) {
    if (!tokens.revoke(id, security.getUserPrincipal().getName())) {
      throw new NotFoundException("No active service token " + id);
    }
    cache.forgetAll();
    return Response.noContent().build();
  }
}
