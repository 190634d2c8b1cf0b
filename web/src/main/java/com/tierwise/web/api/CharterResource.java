package com.tierwise.web.api;

import com.tierwise.charter.AttributionReport;
import com.tierwise.charter.CharterRefusedException;
import com.tierwise.charter.CharterService;
import com.tierwise.charter.ExperienceOwner;
import com.tierwise.platform.RefusedException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonStructure;
import jakarta.ws.rs.Consumes;
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
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The experience charter (issue 5): the effective version, drafts, the two executives' signatures,
 * the diff of a version, and feedback attributed by stage and to marketing or service.
 */
@Path("charter")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CharterResource {

  /** The attribution analysis covers the last 90 days unless from/to say otherwise. */
  static final Duration DEFAULT_PERIOD = Duration.ofDays(90);

  @EJB private CharterService charter;
  @Context private SecurityContext security;

  /** What the signer sends: the role they sign for (needed only when they hold both) and the revision they read. */
  public record SignatureRequest(String role, Integer revision) {}

  @GET
  @RolesAllowed({"ADMIN", "CX_ANALYST", "EXECUTIVE", "CCBMX", "CCSX"})
  public CharterJson.Version effective() throws CharterRefusedException {
    return CharterJson.Version.of(
        charter.effective()
            .orElseThrow(() -> new CharterRefusedException(RefusedException.Kind.NOT_FOUND, "No charter version is in effect yet")));
  }

  @GET
  @Path("versions")
  @RolesAllowed({"ADMIN", "CX_ANALYST", "EXECUTIVE", "CCBMX", "CCSX"})
  public Response versions(@QueryParam("limit") String limit, @QueryParam("offset") String offset) {
    Paging paging = Paging.of(limit, offset);
    List<CharterJson.Version> page =
        charter.versions(paging.limit(), paging.offset()).stream().map(CharterJson.Version::of).toList();
    return Response.ok(page).header(Paging.TOTAL_COUNT, charter.versionCount()).build();
  }

  @GET
  @Path("versions/{n}")
  @RolesAllowed({"ADMIN", "CX_ANALYST", "EXECUTIVE", "CCBMX", "CCSX"})
  public CharterJson.Version version(@PathParam("n") int number) throws CharterRefusedException {
    return CharterJson.Version.of(charter.version(number));
  }

  /** A new draft copied from the effective version; 409 while another is being agreed. */
  @POST
  @Path("versions")
  @RolesAllowed({"ADMIN", "CX_ANALYST", "CCBMX", "CCSX"})
  public Response newDraft() throws CharterRefusedException {
    CharterJson.Version draft = CharterJson.Version.of(charter.newDraft(user()));
    return Response.created(URI.create("charter/versions/" + draft.number())).entity(draft).build();
  }

  /** Replaces every cell of a draft nobody signed yet (422 listing bad cells; 409 once signed). */
  @PUT
  @Path("versions/{n}/cells")
  @RolesAllowed({"ADMIN", "CX_ANALYST", "CCBMX", "CCSX"})
  @Consumes(MediaType.APPLICATION_JSON)
  public CharterJson.Version cells(@PathParam("n") int number, JsonStructure body) throws CharterRefusedException {
    return CharterJson.Version.of(charter.replaceCells(number, CharterJson.cells(body), user()));
  }

  /**
   * Abandons a version still being agreed (the executives do not agree on it), so a new draft can
   * start: {@code {"reason":"..."}} (required) → 200 with the version, now ABANDONED; 409 once
   * effective or superseded.
   */
  @POST
  @Path("versions/{n}/abandonment")
  @RolesAllowed({"ADMIN", "CX_ANALYST", "CCBMX", "CCSX"})
  @Consumes(MediaType.APPLICATION_JSON)
  public CharterJson.Version abandon(@PathParam("n") int number, AbandonRequest request) throws CharterRefusedException {
    return CharterJson.Version.of(charter.abandon(number, request == null ? null : request.reason(), user()));
  }

  public record AbandonRequest(String reason) {}

  /**
   * Signs a version for the caller's CCBMX or CCSX role: 201 with the version (EFFECTIVE once both
   * signed); 409 when that role signed already or the content changed since the given revision;
   * 403 for a person who signed for the other role.
   */
  @POST
  @Path("versions/{n}/signatures")
  @RolesAllowed({"CCBMX", "CCSX"})
  @Consumes(MediaType.APPLICATION_JSON)
  public Response sign(@PathParam("n") int number, SignatureRequest request) throws CharterRefusedException {
    if (request == null || request.revision() == null) {
      throw new CharterRefusedException(
          RefusedException.Kind.INVALID,
          "revision is required: the revision of the version you read (GET /charter/versions/" + number + ")");
    }
    Optional<ExperienceOwner> role = Optional.empty();
    if (request.role() != null && !request.role().isBlank()) {
      role = Optional.of(
          ExperienceOwner.parse(request.role())
              .orElseThrow(() -> new InvalidRequestException("role must be CCBMX or CCSX, not \"" + request.role() + "\"")));
    }
    Set<ExperienceOwner> held = EnumSet.noneOf(ExperienceOwner.class);
    for (ExperienceOwner owner : ExperienceOwner.values()) {
      if (security.isUserInRole(owner.name())) {
        held.add(owner);
      }
    }
    CharterJson.Version signed = CharterJson.Version.of(charter.sign(number, user(), held, role, request.revision()));
    return Response.status(Response.Status.CREATED).entity(signed).build();
  }

  @GET
  @Path("versions/{n}/diff")
  @RolesAllowed({"ADMIN", "CX_ANALYST", "EXECUTIVE", "CCBMX", "CCSX"})
  public CharterJson.Diff diff(@PathParam("n") int number) throws CharterRefusedException {
    return CharterJson.Diff.of(charter.diff(number));
  }

  /** Feedback of the period by stage × segment × attribution, against the effective charter (default: last 90 days). */
  @GET
  @Path("attribution")
  @RolesAllowed({"ADMIN", "CX_ANALYST", "EXECUTIVE", "CCBMX", "CCSX"})
  public AttributionReport attribution(@QueryParam("from") String from, @QueryParam("to") String to) {
    Period period = Period.of(from, to);
    Instant end = period.to() == null ? Instant.now() : period.to();
    Instant start = period.from() == null ? end.minus(DEFAULT_PERIOD) : period.from();
    if (!start.isBefore(end)) {
      throw new InvalidRequestException("from must be before to");
    }
    return charter.attribution(start, end);
  }

  private String user() {
    return security.getUserPrincipal().getName();
  }
}
