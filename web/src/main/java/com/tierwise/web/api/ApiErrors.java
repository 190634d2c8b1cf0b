package com.tierwise.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/** Error bodies of the API: always JSON with a human-readable message. */
public final class ApiErrors {

  private ApiErrors() {}

  public record Message(int status, String message) {}

  public record Problems(int status, String message, List<String> problems) {}

  public static Response response(Response.Status status, String message) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new Message(status.getStatusCode(), message))
        .build();
  }

  public static Response problems(Response.Status status, String message, List<String> problems) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new Problems(status.getStatusCode(), message, problems))
        .build();
  }

  public static Response unauthorized() {
    return Response.status(Response.Status.UNAUTHORIZED)
        .header("WWW-Authenticate", "Basic realm=\"Tierwise\", charset=\"UTF-8\"")
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(Map.of("status", 401, "message", "Sign in with HTTP Basic credentials"))
        .build();
  }
}
