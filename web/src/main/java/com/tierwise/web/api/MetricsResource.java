package com.tierwise.web.api;

import com.tierwise.platform.metrics.Meters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

/**
 * The application's and the JVM's metrics in the Prometheus text format, the same on WildFly and
 * Payara. For ADMIN users, or a service bearer token with the ADMIN role (README, Observability):
 * the figures tell business volumes, so they are not public.
 */
@Path("metrics")
@RequestScoped
public class MetricsResource {

  @GET
  @RolesAllowed("ADMIN")
  @Produces("text/plain; version=0.0.4; charset=utf-8")
  public String scrape() {
    return Meters.scrape();
  }
}
