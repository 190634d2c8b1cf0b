package com.tierwise.web.observability;

import com.tierwise.platform.RequestContext;
import com.tierwise.platform.metrics.Meters;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every request of the portal and the API: gives it a request id ({@link RequestIds}), echoed in
 * {@code X-Request-Id}, put in the logging MDC for every line logged meanwhile and in
 * {@link RequestContext} for the audit revisions it writes, then records
 * its latency by route ({@code tierwise.http.requests}) and logs one summary line in the logger
 * {@code com.tierwise.requests}. Declared in web.xml so it runs before the other filters.
 */
public class RequestLog extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final Logger LOG = Logger.getLogger("com.tierwise.requests");

  /** Set by {@link EndpointTemplate} once JAX-RS has matched a resource method. */
  static final String TEMPLATE = "tierwise.template";

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String id = RequestIds.acceptOrCreate(request.getHeader(RequestIds.HEADER));
    request.setAttribute(RequestIds.ATTRIBUTE, id);
    response.setHeader(RequestIds.HEADER, id);
    LogContext.put("requestId", id);
    RequestContext.begin(id); // for the audit revisions the request writes
    long started = System.nanoTime();
    try {
      chain.doFilter(request, response);
    } finally {
      Duration took = Duration.ofNanos(System.nanoTime() - started);
      String path = request.getRequestURI().substring(request.getContextPath().length());
      boolean api = path.startsWith("/api/");
      int status = response.getStatus();
      String template = api ? apiTemplate(request) : Routes.portalTemplate(path, status);
      Meters.request(api ? "api" : "portal", request.getMethod(), template, status, took);
      summary(request, id, template, status, took, Routes.isStatic(path));
      LogContext.clear();
      RequestContext.end();
    }
  }

  private static String apiTemplate(HttpServletRequest request) {
    Object template = request.getAttribute(TEMPLATE);
    return template == null ? Routes.UNMATCHED : template.toString();
  }

  /** One line; the id is also in the text, since Payara's log format has no MDC. */
  private static void summary(
      HttpServletRequest request, String id, String template, int status, Duration took, boolean asset) {
    Level level = asset ? Level.FINE : Level.INFO;
    if (!LOG.isLoggable(level)) {
      return;
    }
    String user = request.getRemoteUser() == null ? "-" : request.getRemoteUser();
    long millis = took.toMillis();
    LogContext.put("method", request.getMethod());
    LogContext.put("template", template);
    LogContext.put("status", Integer.toString(status));
    LogContext.put("durationMs", Long.toString(millis));
    LogContext.put("user", user);
    LOG.log(
        level,
        "{0} {1} {2} {3} ms user={4} requestId={5}",
        new Object[] {request.getMethod(), template, Integer.toString(status), Long.toString(millis), user, id});
  }
}
