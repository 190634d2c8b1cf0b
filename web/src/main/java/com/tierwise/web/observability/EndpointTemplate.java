package com.tierwise.web.observability;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;

/**
 * Tells {@link RequestLog} which resource method answered, as its path template, before the role
 * check may refuse the call (so refused calls are counted under their route too).
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class EndpointTemplate implements ContainerRequestFilter {

  @Context private ResourceInfo resource;
  @Context private HttpServletRequest servletRequest;

  @Override
  public void filter(ContainerRequestContext request) {
    Method method = resource.getResourceMethod();
    if (method == null) {
      return;
    }
    Path classPath = resource.getResourceClass().getAnnotation(Path.class);
    Path methodPath = method.getAnnotation(Path.class);
    servletRequest.setAttribute(
        RequestLog.TEMPLATE,
        Routes.apiTemplate(classPath == null ? null : classPath.value(), methodPath == null ? null : methodPath.value()));
  }
}
