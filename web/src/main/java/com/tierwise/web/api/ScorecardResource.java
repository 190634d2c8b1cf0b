package com.tierwise.web.api;

import com.tierwise.customer.export.ExportFormat;
import com.tierwise.organisation.scorecard.CxMetric;
import com.tierwise.organisation.scorecard.Quarter;
import com.tierwise.organisation.scorecard.Scorecard;
import com.tierwise.organisation.scorecard.ScorecardExport;
import com.tierwise.organisation.scorecard.ScorecardRefusedException;
import com.tierwise.organisation.scorecard.ScorecardService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Metric ownership and the scorecard: the metric catalogue with accountable executives, targets
 * per team and quarter, and the quarter's scorecard as JSON, CSV or XLSX.
 */
@Path("scorecard")
@RequestScoped
public class ScorecardResource {


  @EJB private ScorecardService scorecards;
  @Context private SecurityContext security;

  public record MetricView(String metric, boolean higherIsBetter, String unit, String owner) {}

  public record OwnerChange(String owner) {}

  public record TargetChange(String team, BigDecimal target) {}

  /** The scorecard of a quarter (default: the current one); format=csv or xlsx downloads it. */
  @GET
  @RolesAllowed({"ADMIN", "CX_ANALYST", "EXECUTIVE", "CCBMX", "CCSX"})
  @Produces({MediaType.APPLICATION_JSON, "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
  public Response scorecard(@QueryParam("quarter") String quarter, @QueryParam("format") String format) {
    Scorecard card = scorecards.scorecard(quarter(quarter));
    if (format == null || format.isBlank() || format.equalsIgnoreCase("json")) {
      return Response.ok(Map.of(
              "quarter", card.quarter().toString(), "teams", card.teams(), "met", card.met(), "missed", card.missed(),
              "rows", card.rows()))
          .type(MediaType.APPLICATION_JSON_TYPE)
          .build();
    }
    ExportFormat export =
        Arrays.stream(ExportFormat.values())
            .filter(f -> f.name().equals(format.strip().toUpperCase(Locale.ROOT)))
            .findFirst()
            .orElseThrow(() -> new InvalidRequestException("format must be json, csv or xlsx, not \"" + format + "\""));
    StreamingOutput body = out -> ScorecardExport.write(card, export, out);
    return Response.ok(body, export.contentType())
        .header("Content-Disposition", "attachment; filename=\"scorecard-" + card.quarter() + "." + export.extension() + "\"")
        .build();
  }

  /** The metric catalogue with each metric's accountable executive. */
  @GET
  @Path("metrics")
  @RolesAllowed({"ADMIN", "CX_ANALYST", "EXECUTIVE", "CCBMX", "CCSX"})
  @Produces(MediaType.APPLICATION_JSON)
  public List<MetricView> metrics() {
    Map<CxMetric, String> owners = scorecards.owners();
    List<MetricView> metrics = new ArrayList<>();
    for (CxMetric metric : CxMetric.values()) {
      metrics.add(new MetricView(metric.name(), metric.higherIsBetter(), metric.unit(), owners.get(metric)));
    }
    return metrics;
  }

  @PUT
  @Path("metrics/{metric}/owner")
  @RolesAllowed({"ADMIN", "CX_ANALYST"})
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response owner(@PathParam("metric") String metric, OwnerChange change) throws ScorecardRefusedException {
    if (change == null) {
      throw new InvalidRequestException("a JSON body {\"owner\"} is required");
    }
    scorecards.setOwner(metric(metric), change.owner(), user());
    return Response.noContent().build();
  }

  /** Sets a team's target for a metric in a quarter; {"target":null} removes it. */
  @PUT
  @Path("targets/{quarter}/{metric}")
  @RolesAllowed({"ADMIN", "CX_ANALYST"})
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response target(@PathParam("quarter") String quarter, @PathParam("metric") String metric, TargetChange change)
      throws ScorecardRefusedException {
    if (change == null) {
      throw new InvalidRequestException("a JSON body {\"team\",\"target\"} is required");
    }
    scorecards.setTarget(metric(metric), change.team(), quarter(quarter), change.target(), user());
    return Response.noContent().build();
  }

  private String user() {
    return security.getUserPrincipal().getName();
  }

  private static CxMetric metric(String text) {
    return CxMetric.parse(text).orElseThrow(() -> new NotFoundException("No metric \"" + text + "\""));
  }

  private static Quarter quarter(String text) {
    if (text == null || text.isBlank()) {
      return Quarter.of(Clock.systemUTC().instant());
    }
    return Quarter.parse(text)
        .orElseThrow(() -> new InvalidRequestException("quarter must look like 2026-Q4, not \"" + text + "\""));
  }
}
