package com.tierwise.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tierwise.closedloop.Nps;
import com.tierwise.closedloop.ResponseInput;
import com.tierwise.closedloop.ResponseValidator;
import com.tierwise.closedloop.CustomerContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DemoResponsesTest {

  private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

  @Test
  void validResponsesOverTheYearThatImprove() {
    List<ResponseInput> responses = new DemoResponses(1L).generate(300, 4000, NOW);
    assertEquals(4000, responses.size());
    Map<String, CustomerContext> customers = new HashMap<>();
    for (int i = 1; i <= 300; i++) {
      String id = String.format("DEMO-%06d", i);
      customers.put(id, new CustomerContext(i, id, null, null, false));
    }
    assertTrue(ResponseValidator.validate(responses, customers, NOW).valid(), "the validator accepts them all");
    assertTrue(Instant.parse(responses.get(0).respondedAt()).isAfter(NOW.minusSeconds(366L * 86400)));
    double first = nps(responses.subList(0, 1000)).nps();
    double last = nps(responses.subList(3000, 4000)).nps();
    assertTrue(last > first + 10, "NPS rises over the year: " + first + " -> " + last);
    assertEquals(responses, new DemoResponses(1L).generate(300, 4000, NOW), "the same seed gives the same data");
  }

  private static Nps nps(List<ResponseInput> responses) {
    return Nps.ofScores(responses.stream().mapToInt(r -> (Integer) r.score()).toArray());
  }
}
