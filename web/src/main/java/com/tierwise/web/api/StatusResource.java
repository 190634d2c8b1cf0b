package com.tierwise.web.api;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/**
 * Readiness for scripts and load balancers: answers once the application serves requests. The
 * deep checks (database) are the MicroProfile Health readiness checks.
 */
@Path("status")
@RequestScoped
public class StatusResource {

  @GET
  @PermitAll
  @Produces(MediaType.APPLICATION_JSON)
  public Map<String, String> status() {
    return Map.of("status", "UP", "application", "tierwise");
  }
}
