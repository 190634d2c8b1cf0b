package com.tierwise.web.api;

import com.tierwise.governance.AuditRecord;
import com.tierwise.organisation.OrganisationRefusedException;
import com.tierwise.organisation.glossary.GlossaryPage;
import com.tierwise.organisation.glossary.GlossaryService;
import com.tierwise.organisation.glossary.GlossaryTerm;
import com.tierwise.organisation.glossary.TermDraft;
import com.tierwise.survey.SurveyLocales;
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
import java.util.List;

/**
 * The shared vocabulary (issue 5): every signed-in role reads, the CX roles (ADMIN, CX_ANALYST,
 * CCBMX, CCSX) edit. {@code q} searches names and definitions in every language, folding case and
 * script like the customer search; {@code locale} only orders the results.
 */
@Path("glossary")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class GlossaryResource {

  @EJB private GlossaryService glossary;
  @Context private SecurityContext security;
  @Context private UriInfo uri;

  @GET
  @RolesAllowed({"ADMIN", "CX_ANALYST", "ACCOUNT_MANAGER", "GOVERNANCE_BOARD", "EXECUTIVE", "CCBMX", "CCSX"})
  public Response search(
      @QueryParam("q") String query,
      @QueryParam("locale") String locale,
      @QueryParam("limit") String limit,
      @QueryParam("offset") String offset) {
    Paging paging = Paging.of(limit, offset);
    String language = SurveyLocales.parse(locale).orElse(SurveyLocales.DEFAULT);
    GlossaryPage page = glossary.search(query, language, paging.limit(), paging.offset());
    return Response.ok(page.terms()).header(Paging.TOTAL_COUNT, page.total()).build();
  }

  @GET
  @Path("{slug}")
  @RolesAllowed({"ADMIN", "CX_ANALYST", "ACCOUNT_MANAGER", "GOVERNANCE_BOARD", "EXECUTIVE", "CCBMX", "CCSX"})
  public GlossaryTerm term(@PathParam("slug") String slug) throws OrganisationRefusedException {
    return glossary.term(slug);
  }

  /** Who changed the term and how (before/after as JSON text), oldest first. */
  @GET
  @Path("{slug}/history")
  @RolesAllowed({"ADMIN", "CX_ANALYST", "CCBMX", "CCSX"})
  public List<AuditRecord> history(@PathParam("slug") String slug) {
    return glossary.history(slug);
  }

  @POST
  @RolesAllowed({"ADMIN", "CX_ANALYST", "CCBMX", "CCSX"})
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(TermDraft draft) throws OrganisationRefusedException {
    GlossaryTerm created = glossary.create(body(draft), user());
    return Response.created(uri.getAbsolutePathBuilder().path(created.slug()).build()).entity(created).build();
  }

  @PUT
  @Path("{slug}")
  @RolesAllowed({"ADMIN", "CX_ANALYST", "CCBMX", "CCSX"})
  @Consumes(MediaType.APPLICATION_JSON)
  public GlossaryTerm update(@PathParam("slug") String slug, TermDraft draft) throws OrganisationRefusedException {
    return glossary.update(slug, body(draft), user());
  }

  @DELETE
  @Path("{slug}")
  @RolesAllowed({"ADMIN", "CX_ANALYST", "CCBMX", "CCSX"})
  public Response delete(@PathParam("slug") String slug) throws OrganisationRefusedException {
    glossary.delete(slug, user());
    return Response.noContent().build();
  }

  private static TermDraft body(TermDraft draft) {
    if (draft == null) {
      throw new InvalidRequestException(
          "The body must be a JSON object {\"slug\",\"texts\":{\"en\":{\"name\",\"definition\"},\"tr\":{...},\"ar\":{...},"
              + "\"fa\":{...}},\"related\":[slugs],\"seeAlso\":[{\"label\",\"url\"}]}");
    }
    return draft;
  }

  private String user() {
    return security.getUserPrincipal().getName();
  }
}
