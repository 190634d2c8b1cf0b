package com.tierwise.closedloop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tierwise.tiering.Tier;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResponseValidatorTest {

  private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
  private static final Map<String, CustomerContext> CUSTOMERS =
      Map.of(
          "C-1", new CustomerContext(1, "C-1", "ayse", Tier.A, false),
          "C-2", new CustomerContext(2, "C-2", null, null, false));

  private static ResponseInput input(String id, String touchpoint, Object score, String comment, String at) {
    return new ResponseInput(id, touchpoint, score, comment, at, true);
  }

  private static ResponseInput good() {
    return input("C-1", "SERVICE_CALL", 9, "Çok iyi, شكرا", "2026-11-21T08:00:00Z");
  }

  @Test
  void validResponsesComeOutInOrder() {
    ResponseValidator.Outcome outcome =
        ResponseValidator.validate(
            List.of(good(), input("C-2", "website_visit", new BigDecimal("3.0"), null, "2026-11-21T11:00:00+03:00")),
            CUSTOMERS, NOW);
    assertTrue(outcome.valid(), outcome.errors().toString());
    assertEquals(2, outcome.responses().size());
    SurveyResponse first = outcome.responses().get(0);
    assertEquals(Touchpoint.SERVICE_CALL, first.touchpoint());
    assertEquals(9, first.score());
    assertEquals("Çok iyi, شكرا", first.comment());
    SurveyResponse second = outcome.responses().get(1);
    assertEquals(Touchpoint.WEBSITE_VISIT, second.touchpoint());
    assertEquals(3, second.score());
    assertEquals(Instant.parse("2026-11-21T08:00:00Z"), second.respondedAt());
    assertEquals(2, second.customer().id());
  }

  @Test
  void everyBadElementIsReportedWithItsIndexAndNothingPasses() {
    List<ResponseInput> inputs =
        List.of(
            good(),
            input("NOPE", "SERVICE_CALL", 5, null, "2026-11-21T08:00:00Z"),
            input("C-1", "PHONE", 5, null, "2026-11-21T08:00:00Z"),
            input("C-1", "SALES_CALL", 11, null, "2026-11-21T08:00:00Z"),
            input("C-1", "SALES_CALL", new BigDecimal("7.5"), null, "2026-11-21T08:00:00Z"),
            input("C-1", "SALES_CALL", "7", null, "2026-11-21T08:00:00Z"),
            input("C-1", "SALES_CALL", 7, null, "yesterday"),
            input("C-1", "SALES_CALL", 7, null, "2026-11-22T10:30:00Z"),
            input("C-1", "SALES_CALL", 7, "x".repeat(4001), "2026-11-21T08:00:00Z"),
            ResponseInput.notAnObject(),
            input(null, null, null, null, null));
    ResponseValidator.Outcome outcome = ResponseValidator.validate(inputs, CUSTOMERS, NOW);
    assertTrue(outcome.responses().isEmpty());
    List<String> found = new ArrayList<>();
    for (ResponseError error : outcome.errors()) {
      found.add(error.index() + ":" + error.field());
    }
    assertEquals(
        List.of("1:externalId", "2:touchpoint", "3:score", "4:score", "5:score", "6:respondedAt",
            "7:respondedAt", "8:comment", "9:null", "10:externalId", "10:touchpoint", "10:score",
            "10:respondedAt"),
        found);
    assertTrue(outcome.errors().get(0).message().contains("NOPE"));
    assertTrue(outcome.errors().get(6).message().contains("in the future"), outcome.errors().get(6).message());
  }

  @Test
  void aSmallClockSkewIsTolerated() {
    ResponseValidator.Outcome outcome =
        ResponseValidator.validate(
            List.of(input("C-1", "AFTER_PURCHASE", 0, null, "2026-11-22T10:04:00Z")), CUSTOMERS, NOW);
    assertTrue(outcome.valid(), outcome.errors().toString());
  }

  @Test
  void commentLengthCountsCharactersNotUtf16Units() {
    String emoji = "\uD83D\uDE00".repeat(4000); // 4000 characters, 8000 UTF-16 units
    assertTrue(
        ResponseValidator.validate(
                List.of(input("C-1", "AFTER_PURCHASE", 10, emoji, "2026-11-21T08:00:00Z")), CUSTOMERS, NOW)
            .valid());
    ResponseValidator.Outcome nul =
        ResponseValidator.validate(
            List.of(input("C-1", "AFTER_PURCHASE", 10, "a\u0000b", "2026-11-21T08:00:00Z")), CUSTOMERS, NOW);
    assertEquals("comment", nul.errors().get(0).field());
  }

  @Test
  void tooManyElementsAreRefused() {
    List<ResponseInput> inputs = java.util.Collections.nCopies(ResponseValidator.MAX_BATCH + 1, good());
    ResponseValidator.Outcome outcome = ResponseValidator.validate(inputs, CUSTOMERS, NOW);
    assertEquals(1, outcome.errors().size());
    assertEquals(ResponseValidator.MAX_BATCH, outcome.errors().get(0).index());
  }
}
