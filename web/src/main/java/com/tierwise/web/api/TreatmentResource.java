package com.tierwise.web.api;

import com.tierwise.treatment.TreatmentPolicyInvalidException;
import com.tierwise.treatment.TreatmentRule;
import com.tierwise.treatment.TreatmentService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;

/** The treatment policy: how each tier, untiered customers and HICs are treated. */
@Path("treatment/policy")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TreatmentResource {

  @EJB private TreatmentService treatment;
  @Context private SecurityContext security;

  @GET
  @RolesAllowed({
    "ADMIN", "CX_ANALYST", "ACCOUNT_MANAGER", "GOVERNANCE_BOARD", "EXECUTIVE", "CCBMX", "CCSX"
  })
  public List<TreatmentRule> policy() {
    return treatment.policy();
  }

  /** Replaces the whole policy: one rule for each of HIC, A, B, C and UNTIERED. */
  @PUT
  @RolesAllowed({"ADMIN", "GOVERNANCE_BOARD"})
  @Consumes(MediaType.APPLICATION_JSON)
  public List<TreatmentRule> save(List<TreatmentRule> rules) throws TreatmentPolicyInvalidException {
    return treatment.savePolicy(rules, security.getUserPrincipal().getName());
  }
}
