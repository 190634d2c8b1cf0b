package com.tierwise.web.api;

import com.tierwise.tiering.CoverageTooLowException;
import com.tierwise.tiering.PolicyInvalidException;
import com.tierwise.tiering.TieringPolicy;
import com.tierwise.tiering.TieringRunSummary;
import com.tierwise.tiering.TieringService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
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
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriBuilder;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Tiering policy and runs. */
@Path("tiering")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TieringResource {

  private static final List<String> MOVEMENT_TIERS = List.of("A", "B", "C", "UNTIERED", "NONE");

  @EJB private TieringService tiering;
  @Context private SecurityContext security;

  @GET
  @Path("policy")
  @RolesAllowed({
    "ADMIN", "CX_ANALYST", "ACCOUNT_MANAGER", "GOVERNANCE_BOARD", "EXECUTIVE", "CCBMX", "CCSX"
  })
  public PolicyView policy() {
    return PolicyView.of(tiering.currentPolicy());
  }

  @PUT
  @Path("policy")
  @RolesAllowed({"ADMIN", "CX_ANALYST"})
  @Consumes(MediaType.APPLICATION_JSON)
  public PolicyView savePolicy(PolicyView request) throws PolicyInvalidException {
    return PolicyView.of(tiering.savePolicy(parse(request), user()));
  }

  /** The policy a request asks for, or every reason it cannot be one. */
  private static TieringPolicy parse(PolicyView request) throws PolicyInvalidException {
    if (request == null) {
      throw new PolicyInvalidException(List.of("a JSON policy body is required"));
    }
    List<String> problems = new ArrayList<>();
    TieringPolicy policy = request.toPolicy(problems);
    if (!problems.isEmpty()) {
      // Report the value problems of the parts that did parse in the same answer.
      for (String problem : policy.problems()) {
        if (!problem.endsWith("is required") && !problems.contains(problem)) {
          problems.add(problem);
        }
      }
      throw new PolicyInvalidException(problems);
    }
    return policy;
  }

  /** What-if: the run a policy would produce now, with the customers who would move; nothing saved. */
  @POST
  @Path("simulations")
  @RolesAllowed({"ADMIN", "CX_ANALYST"})
  @Consumes(MediaType.APPLICATION_JSON)
  public SimulationView simulate(PolicyView request) throws PolicyInvalidException, CoverageTooLowException {
    return SimulationView.of(tiering.simulate(parse(request), user(), 100));
  }

  @GET
  @Path("policy/versions")
  @RolesAllowed({"ADMIN", "CX_ANALYST", "GOVERNANCE_BOARD", "EXECUTIVE"})
  public Response policyVersions(@QueryParam("limit") String limit, @QueryParam("offset") String offset) {
    Paging paging = Paging.of(limit, offset);
    List<PolicyView> versions =
        tiering.policyHistory(paging.limit(), paging.offset()).stream().map(PolicyView::of).toList();
    return Response.ok(versions)
        .header(Paging.TOTAL_COUNT, tiering.currentPolicy().version())
        .build();
  }

  @POST
  @Path("runs")
  @RolesAllowed({"ADMIN", "CX_ANALYST"})
  public Response run() throws CoverageTooLowException {
    TieringRunSummary run = tiering.run(user());
    return Response.created(UriBuilder.fromPath("tiering/runs/{id}").build(run.id()))
        .entity(RunView.of(run))
        .build();
  }

  @GET
  @Path("runs")
  @RolesAllowed({"ADMIN", "CX_ANALYST", "GOVERNANCE_BOARD", "EXECUTIVE"})
  public Response runs(@QueryParam("limit") String limit, @QueryParam("offset") String offset) {
    Paging paging = Paging.of(limit, offset);
    List<RunView> runs =
        tiering.runs(paging.limit(), paging.offset()).stream().map(RunView::of).toList();
    return Response.ok(runs).header(Paging.TOTAL_COUNT, tiering.runCount()).build();
  }

  @GET
  @Path("runs/{id}")
  @RolesAllowed({"ADMIN", "CX_ANALYST", "GOVERNANCE_BOARD", "EXECUTIVE"})
  public RunView findRun(@PathParam("id") long id) {
    return RunView.of(tiering.findRun(id).orElseThrow(() -> noSuchRun(id)));
  }

  @GET
  @Path("runs/{id}/movers")
  @RolesAllowed({"ADMIN", "CX_ANALYST", "GOVERNANCE_BOARD", "EXECUTIVE"})
  public Response movers(
      @PathParam("id") long id,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("limit") String limit,
      @QueryParam("offset") String offset) {
    if (!tiering.runExists(id)) {
      throw noSuchRun(id);
    }
    Paging paging = Paging.of(limit, offset);
    String fromTier = QueryParams.oneOf("from", from, MOVEMENT_TIERS);
    String toTier = QueryParams.oneOf("to", to, MOVEMENT_TIERS);
    return Response.ok(tiering.movers(id, fromTier, toTier, paging.limit(), paging.offset()))
        .header(Paging.TOTAL_COUNT, tiering.moverCount(id, fromTier, toTier))
        .build();
  }


  @GET
  @Path("runs/{id}/assignments")
  @RolesAllowed({"ADMIN", "CX_ANALYST", "GOVERNANCE_BOARD", "EXECUTIVE"})
  @Produces("text/csv")
  public Response assignments(@PathParam("id") long id) {
    if (!tiering.runExists(id)) {
      throw noSuchRun(id);
    }
    StreamingOutput body =
        output -> {
          Writer writer =
              new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), 64 * 1024);
          tiering.writeAssignmentsCsv(id, writer);
          writer.flush();
        };
    return Response.ok(body, "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"tiering-run-" + id + ".csv\"")
        .build();
  }

  private static NotFoundException noSuchRun(long id) {
    return new NotFoundException("No tiering run " + id);
  }

  private String user() {
    return security.getUserPrincipal().getName();
  }
}
