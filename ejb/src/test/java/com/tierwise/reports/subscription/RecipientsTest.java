package com.tierwise.reports.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class RecipientsTest {

  private final Function<String, Optional<String>> users =
      name -> Optional.ofNullable(Map.of("ayşe", "ayse@example.com", "ceo", "ceo@example.com").get(name));

  @Test
  void addressesAndUsersWithAnAddressAreAccepted() {
    assertEquals(List.of(), Recipients.problems(List.of("cfo@example.com", "ayşe"), users));
    assertEquals(List.of("cfo@example.com", "ayse@example.com"), Recipients.resolve(List.of(" cfo@example.com", "ayşe", "cfo@example.com"), users));
  }

  @Test
  void everyBadEntryIsNamed() {
    List<String> problems = Recipients.problems(List.of("nobody", "", "a@", "ceo"), users);
    assertEquals(3, problems.size(), problems.toString());
    assertTrue(problems.get(0).contains("recipients[0] \"nobody\""));
    assertTrue(problems.get(1).contains("recipients[1] is empty"));
    assertTrue(problems.get(2).contains("recipients[2] \"a@\""));
    assertEquals(List.of("recipients must name at least one user or e-mail address"), Recipients.problems(List.of(), users));
  }
}
