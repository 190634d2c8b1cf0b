package com.tierwise.web.api;

import com.tierwise.closedloop.ClosedLoopService;
import com.tierwise.closedloop.Nps;
import com.tierwise.closedloop.NpsFilter;
import com.tierwise.closedloop.Touchpoint;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Net Promoter Score, overall or by touchpoint, current tier and period. */
@Path("nps")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NpsResource {

  @EJB private ClosedLoopService closedLoop;

  @GET
  @RolesAllowed({
    "ADMIN", "CX_ANALYST", "ACCOUNT_MANAGER", "GOVERNANCE_BOARD", "EXECUTIVE", "CCBMX", "CCSX"
  })
  public Nps nps(
      @QueryParam("touchpoint") String touchpoint,
      @QueryParam("tier") String tier,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    Period period = Period.of(from, to);
    return closedLoop.nps(new NpsFilter(touchpoint(touchpoint), QueryParams.tier(tier), period.from(), period.to()));
  }

  private static Touchpoint touchpoint(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return Touchpoint.parse(text)
        .orElseThrow(() -> new InvalidRequestException("touchpoint must be " + Touchpoint.choices()));
  }

}
