package com.tierwise.web.api;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Enforces {@code @RolesAllowed} on resource methods the same way on every server (RESTEasy and
 * Jersey each need their own switch otherwise). A method without an annotation is denied: every
 * endpoint must say who may call it.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class RoleCheckFilter implements ContainerRequestFilter {

  @Context private ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    Method method = resource.getResourceMethod();
    if (method == null) {
      return; // no matching resource: JAX-RS answers 404/405 itself
    }
    if (method.isAnnotationPresent(PermitAll.class)) {
      return;
    }
    RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
    if (allowed == null && !method.isAnnotationPresent(DenyAll.class)) {
      allowed = resource.getResourceClass().getAnnotation(RolesAllowed.class);
    }
    SecurityContext security = request.getSecurityContext();
    if (security.getUserPrincipal() == null) {
      request.abortWith(ApiErrors.unauthorized());
      return;
    }
    if (allowed == null
        || Arrays.stream(allowed.value()).noneMatch(security::isUserInRole)) {
      request.abortWith(
          ApiErrors.response(
              Response.Status.FORBIDDEN,
              "Your roles do not allow this call"
                  + (allowed == null ? "" : "; it needs one of " + Arrays.toString(allowed.value()))));
    }
  }
}
