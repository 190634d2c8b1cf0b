package com.tierwise.web.api;

import com.tierwise.closedloop.ClosedLoopService;
import com.tierwise.closedloop.Nps;
import com.tierwise.closedloop.NpsDimension;
import com.tierwise.closedloop.NpsFilter;
import com.tierwise.closedloop.NpsGroup;
import com.tierwise.closedloop.Resurvey;
import com.tierwise.closedloop.TrendPeriod;
import com.tierwise.closedloop.Touchpoint;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;

/** Net Promoter Score, overall or by touchpoint, current tier and period; breakdowns, trends, re-surveys. */
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

  /** NPS per touchpoint, current tier, HIC, segment or owner (null key: none), largest group first. */
  @GET
  @Path("breakdown")
  @RolesAllowed({
    "ADMIN", "CX_ANALYST", "ACCOUNT_MANAGER", "GOVERNANCE_BOARD", "EXECUTIVE", "CCBMX", "CCSX"
  })
  public List<NpsGroup> breakdown(
      @QueryParam("by") String by,
      @QueryParam("touchpoint") String touchpoint,
      @QueryParam("tier") String tier,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    NpsDimension dimension =
        NpsDimension.parse(by)
            .orElseThrow(() -> new InvalidRequestException(
                "by must be one of " + Arrays.toString(NpsDimension.values()) + (by == null ? "" : ", not \"" + by + "\"")));
    return closedLoop.npsBreakdown(dimension, filter(touchpoint, tier, from, to));
  }

  /** NPS per calendar month or quarter (UTC) that has responses, oldest first. */
  @GET
  @Path("trend")
  @RolesAllowed({
    "ADMIN", "CX_ANALYST", "ACCOUNT_MANAGER", "GOVERNANCE_BOARD", "EXECUTIVE", "CCBMX", "CCSX"
  })
  public List<NpsGroup> trend(
      @QueryParam("period") String period,
      @QueryParam("touchpoint") String touchpoint,
      @QueryParam("tier") String tier,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    TrendPeriod bucket =
        TrendPeriod.parse(period)
            .orElseThrow(() -> new InvalidRequestException("period must be MONTH or QUARTER, not \"" + period + "\""));
    return closedLoop.npsTrend(bucket, filter(touchpoint, tier, from, to));
  }

  /** Customers with two or more responses in the period: how their first score moved to their latest. */
  @GET
  @Path("resurvey")
  @RolesAllowed({
    "ADMIN", "CX_ANALYST", "ACCOUNT_MANAGER", "GOVERNANCE_BOARD", "EXECUTIVE", "CCBMX", "CCSX"
  })
  public Resurvey resurvey(
      @QueryParam("touchpoint") String touchpoint,
      @QueryParam("tier") String tier,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    return closedLoop.resurvey(filter(touchpoint, tier, from, to));
  }

  private static NpsFilter filter(String touchpoint, String tier, String from, String to) {
    Period period = Period.of(from, to);
    return new NpsFilter(touchpoint(touchpoint), QueryParams.tier(tier), period.from(), period.to());
  }

  private static Touchpoint touchpoint(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return Touchpoint.parse(text)
        .orElseThrow(() -> new InvalidRequestException("touchpoint must be " + Touchpoint.choices()));
  }

}
