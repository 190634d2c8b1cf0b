package com.tierwise.web.api;

import com.tierwise.silo.SiloImportRejectedException;
import com.tierwise.silo.SiloReport;
import com.tierwise.silo.SiloService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.io.InputStream;
import java.util.Map;

/** Silo consistency: how sales, marketing, service... segment customers, and how far they agree. */
@Path("silos")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SiloResource {

  @EJB private SiloService silos;
  @Context private SecurityContext security;

  /** CSV department,external_id,label; each department in the file replaces its earlier segmentation. */
  @POST
  @Path("segmentations")
  @RolesAllowed({"ADMIN", "CX_ANALYST"})
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  public Map<String, Long> importCsv(InputStream csv) throws SiloImportRejectedException {
    return silos.importCsv(csv, security.getUserPrincipal().getName());
  }

  @GET
  @Path("consistency")
  @RolesAllowed({"ADMIN", "CX_ANALYST", "GOVERNANCE_BOARD", "EXECUTIVE", "CCBMX", "CCSX"})
  public SiloReport consistency(@QueryParam("limit") String limit) {
    String resolved = limit == null || limit.isBlank() ? "20" : limit;
    return silos.report(Paging.of(resolved, null).limit());
  }
}
