package com.tierwise.web.api;

import com.tierwise.customer.CustomerDetails;
import com.tierwise.customer.CustomerFilter;
import com.tierwise.customer.CustomerService;
import com.tierwise.customer.imports.ImportRejectedException;
import com.tierwise.customer.imports.ImportResult;
import com.tierwise.treatment.Treatment;
import com.tierwise.treatment.TreatmentService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Customers: CSV import and look-ups with the current tier. */
@Path("customers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CustomerResource {

  @EJB private CustomerService customers;
  @EJB private TreatmentService treatment;
  @Context private SecurityContext security;

  @POST
  @Path("import")
  @RolesAllowed({"ADMIN", "CX_ANALYST"})
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  public Map<String, Long> importCsv(
      InputStream csv,
      @jakarta.ws.rs.HeaderParam("Content-Length") Long length,
      @jakarta.ws.rs.HeaderParam("X-File-Name") String fileName)
      throws ImportRejectedException {
    // The journal names the file when the client says which (optional X-File-Name header).
    ImportResult result =
        customers.importCsv(
            csv, fileName == null || fileName.isBlank() ? null : fileName.strip(), length,
            security.getUserPrincipal().getName());
    return Map.of("created", result.created(), "updated", result.updated());
  }

  @GET
  @Path("{externalId}")
  @RolesAllowed({
    "ADMIN", "CX_ANALYST", "ACCOUNT_MANAGER", "GOVERNANCE_BOARD", "EXECUTIVE", "CCBMX", "CCSX"
  })
  public CustomerView get(@PathParam("externalId") String externalId) {
    CustomerDetails customer =
        customers
            .find(externalId)
            .orElseThrow(() -> new NotFoundException("No customer with external id " + externalId));
    return CustomerView.of(customer, customers.explain(customer));
  }

  /** The hot path of contact centres and ERPs: one indexed query. */
  @GET
  @Path("{externalId}/treatment")
  @RolesAllowed({
    "ADMIN", "CX_ANALYST", "ACCOUNT_MANAGER", "GOVERNANCE_BOARD", "EXECUTIVE", "CCBMX", "CCSX"
  })
  public Treatment treatment(@PathParam("externalId") String externalId) {
    return treatment
        .forCustomer(externalId)
        .orElseThrow(() -> new NotFoundException("No customer with external id " + externalId));
  }

  @GET
  @RolesAllowed({
    "ADMIN", "CX_ANALYST", "ACCOUNT_MANAGER", "GOVERNANCE_BOARD", "EXECUTIVE", "CCBMX", "CCSX"
  })
  public Response list(
      @QueryParam("limit") String limit,
      @QueryParam("offset") String offset,
      @QueryParam("tier") String tier,
      @QueryParam("owner") String owner,
      @QueryParam("segment") String segment,
      @QueryParam("country") String country,
      @QueryParam("q") String nameContains,
      @QueryParam("hic") String hic) {
    Paging paging = Paging.of(limit, offset);
    CustomerFilter filter =
        new CustomerFilter(
            QueryParams.tier(tier), QueryParams.blankToNull(owner), QueryParams.blankToNull(segment),
            country == null || country.isBlank() ? null : country.trim().toUpperCase(Locale.ROOT),
            QueryParams.blankToNull(nameContains), hic == null || hic.isBlank() ? null : Boolean.valueOf(hic));
    List<CustomerView> page =
        customers.list(filter, paging.limit(), paging.offset()).stream()
            .map(customer -> CustomerView.of(customer, null))
            .toList();
    return Response.ok(page).header(Paging.TOTAL_COUNT, customers.count(filter)).build();
  }


}
