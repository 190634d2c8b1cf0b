package com.tierwise.it.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A black-box client of the REST API, as any outside system would call it. */
public final class Api {

  public static final int PORT_OFFSET = Integer.getInteger("tierwise.it.port.offset", 0);
  public static final String BASE = "http://localhost:" + (8080 + PORT_OFFSET) + "/tierwise/api/";
  /** wildfly or payara: the arquillian.xml qualifier the build chose. */
  public static final String SERVER = System.getProperty("tierwise.it.server", "wildfly");
  /** Where MicroProfile Health (and metrics) answer: WildFly's management port, Payara's HTTP port. */
  public static final String MANAGEMENT =
      "http://localhost:" + (("payara".equals(SERVER) ? 8080 : 9990) + PORT_OFFSET) + "/";
  public static final String ADMIN = "admin";

  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

  private final String authorization;
  private final String base;

  private Api(String authorization) {
    this(authorization, BASE);
  }

  private Api(String authorization, String base) {
    this.authorization = authorization;
    this.base = base;
  }

  public static Api anonymous() {
    return new Api(null);
  }

  /** The same caller against another server, started with the given port offset. */
  public Api atPortOffset(int portOffset) {
    return new Api(authorization, "http://localhost:" + (8080 + portOffset) + "/tierwise/api/");
  }

  public static Api as(String username, String password) {
    return new Api(
        "Basic "
            + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
  }

  /** A service client presenting a bearer token. */
  public static Api bearer(String token) {
    return new Api("Bearer " + token);
  }

  public static Api admin() {
    return as(ADMIN, System.getProperty("tierwise.it.admin.password"));
  }

  public Response get(String path) {
    return send(request(path).GET());
  }

  public Response get(String path, String accept) {
    return send(request(path).header("Accept", accept).GET());
  }

  /** A GET whose body is binary (a PDF or XLSX report). */
  public HttpResponse<byte[]> getBytes(String path) {
    try {
      return HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public Response post(String path, String contentType, String body) {
    return send(
        request(path)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
  }

  public Response postBytes(String path, String contentType, byte[] body) {
    return send(
        request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  public Response delete(String path) {
    return send(request(path).DELETE());
  }

  public Response postJson(String path, String json) {
    return post(path, "application/json", json);
  }

  public Response putJson(String path, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(5));
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    return builder;
  }

  private static Response send(HttpRequest.Builder builder) {
    try {
      return new Response(HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** An answer with its status, headers and body, parsed as JSON on demand. */
  public record Response(HttpResponse<String> raw) {
    public int status() {
      return raw.statusCode();
    }

    public String body() {
      return raw.body();
    }

    public String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }

    public JsonObject json() {
      return (JsonObject) parse();
    }

    public JsonArray array() {
      return (JsonArray) parse();
    }

    private JsonStructure parse() {
      try (var reader = Json.createReader(new StringReader(raw.body()))) {
        return reader.read();
      }
    }

    @Override
    public String toString() {
      return raw.statusCode() + " " + raw.body();
    }
  }

  /** Creates a user with the given roles (as admin) and returns a client signed in as them. */
  public static Api newUser(String username, String... roles) {
    return newUserWithEmail(username, null, roles);
  }

  /** As {@link #newUser}, with a mail address for governance notifications. */
  public static Api newUserWithEmail(String username, String email, String... roles) {
    String password = "pw-" + username + "-2026!";
    StringBuilder roleList = new StringBuilder();
    for (String role : roles) {
      roleList.append(roleList.length() == 0 ? "" : ",").append('"').append(role).append('"');
    }
    Response created =
        admin()
            .postJson(
                "users",
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\",\"roles\":["
                    + roleList + "]" + (email == null ? "" : ",\"email\":\"" + email + "\"") + "}");
    if (created.status() != 201 && created.status() != 409) {
      throw new IllegalStateException("Cannot create test user " + username + ": " + created);
    }
    return as(username, password);
  }
}
