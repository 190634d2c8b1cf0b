package com.tierwise.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tierwise.it.support.Api;
import com.tierwise.it.support.Deployments;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What operators and integrators look for: the OpenAPI document and health checks. */
@ExtendWith(ArquillianExtension.class)
class OperationsIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  private static HttpResponse<String> get(String url) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theOpenApiDocumentDescribesTheApi() throws Exception {
    HttpResponse<String> document = get(Api.BASE.replace("tierwise/api/", "openapi"));
    assertEquals(200, document.statusCode());
    for (String path : new String[] {"/customers/import", "/customers/{externalId}", "/tiering/policy", "/tiering/runs", "/users"}) {
      assertTrue(document.body().contains(path), path + " missing from the OpenAPI document");
    }
    assertTrue(document.body().contains("Tierwise API"), "title");
  }

  @Test
  void readinessChecksTheDatabase() throws Exception {
    HttpResponse<String> ready = get(Api.MANAGEMENT + "health/ready");
    assertEquals(200, ready.statusCode(), ready.body());
    assertTrue(ready.body().contains("\"database\""), ready.body());
    assertTrue(ready.body().contains("PostgreSQL"), ready.body());
  }
}
