package com.tierwise.web.observability;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.StringReader;

/**
 * Adds {@code "requestId"} to every JSON error body of the API (status 400 and up), whichever
 * mapper or filter wrote it, so a user can quote the id and an operator find the log lines.
 */
@Provider
public class RequestIdInErrors implements ContainerResponseFilter {

  /** The same settings as the API's own JSON (web.api.JsonConfig): nulls written. */
  private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

  @Context private HttpServletRequest servletRequest;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    Object id = servletRequest.getAttribute(RequestIds.ATTRIBUTE);
    if (response.getStatus() < 400
        || id == null
        || !response.hasEntity()
        || response.getMediaType() == null
        || !response.getMediaType().isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
      return;
    }
    Object entity = response.getEntity();
    if (!isErrorObject(entity)) {
      return; // a stream or bytes: written as is
    }
    String json = entity instanceof String text ? text : JSON.toJson(entity);
    if (!json.stripLeading().startsWith("{")) {
      return;
    }
    JsonObject body;
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      body = reader.readObject();
    }
    response.setEntity(
        Json.createObjectBuilder(body).add("requestId", id.toString()).build().toString(),
        response.getEntityAnnotations(),
        MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"));
  }

  /** The bodies the API's mappers build: records, maps, JSON-P objects and JSON text. */
  private static boolean isErrorObject(Object entity) {
    return entity instanceof String
        || entity instanceof java.util.Map
        || entity instanceof JsonObject
        || entity.getClass().isRecord()
        || entity.getClass().getName().startsWith("com.tierwise.");
  }
}
