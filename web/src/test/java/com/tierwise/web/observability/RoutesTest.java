package com.tierwise.web.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class RoutesTest {

  @Test
  void apiTemplatesKeepParameterNamesAndDropTheirPatterns() {
    assertEquals("/api/customers/{externalId}/treatment", Routes.apiTemplate("customers", "{externalId}/treatment"));
    assertEquals("/api/tiering/runs/{id}", Routes.apiTemplate("/tiering/", "runs/{id: [0-9]+}"));
    assertEquals("/api/status", Routes.apiTemplate("status", null));
  }

  @Test
  void portalRoutesAreBounded() {
    assertEquals("/app/customers.xhtml", Routes.portalTemplate("/app/customers.xhtml", 200));
    assertEquals("/jakarta.faces.resource/*", Routes.portalTemplate("/jakarta.faces.resource/x.js", 200));
    assertEquals(Routes.UNMATCHED, Routes.portalTemplate("/no/such/C-123", 404));
  }

  @Test
  void safeRequestIdsAreKeptOthersReplaced() {
    assertEquals("abc-123_x.y:z", RequestIds.acceptOrCreate("abc-123_x.y:z"));
    assertNotEquals("bad id\n", RequestIds.acceptOrCreate("bad id\n"));
    assertEquals(36, RequestIds.acceptOrCreate("x".repeat(65)).length());
    assertEquals(36, RequestIds.acceptOrCreate(null).length());
  }
}
