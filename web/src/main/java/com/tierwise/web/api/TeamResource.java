package com.tierwise.web.api;

import com.tierwise.organisation.team.Team;
import com.tierwise.organisation.team.TeamService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The team directory: every team with its members and their managers. */
@Path("teams")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TeamResource {

  @EJB private TeamService teams;

  @GET
  @RolesAllowed({"ADMIN", "CX_ANALYST", "ACCOUNT_MANAGER", "GOVERNANCE_BOARD", "EXECUTIVE", "CCBMX", "CCSX"})
  public Response directory() {
    List<Team> all = teams.organisation().teams();
    return Response.ok(all).header(Paging.TOTAL_COUNT, all.size()).build();
  }
}
