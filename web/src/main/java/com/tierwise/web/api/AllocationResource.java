package com.tierwise.web.api;

import com.tierwise.allocation.Allocation;
import com.tierwise.allocation.AllocationRefusedException;
import com.tierwise.allocation.AllocationRequest;
import com.tierwise.allocation.AllocationService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Constrained allocation: given the available quantity and who asks for how much, who gets what
 * and why. A calculation, nothing is stored.
 */
@Path("allocations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AllocationResource {

  @EJB private AllocationService allocations;

  @POST
  @RolesAllowed({"ADMIN", "CX_ANALYST", "ACCOUNT_MANAGER", "GOVERNANCE_BOARD", "EXECUTIVE", "CCSX"})
  @Consumes(MediaType.APPLICATION_JSON)
  public Allocation.Result allocate(AllocationRequest request) throws AllocationRefusedException {
    return allocations.allocate(request == null ? new AllocationRequest(null, null) : request);
  }
}
