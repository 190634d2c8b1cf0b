package com.tierwise.organisation.persona;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PersonaValidatorTest {

  @Test
  void aCompletePersonaIsValid() {
    PersonaDraft draft =
        new PersonaDraft("Reza Karimi", "hic", "Plant manager", List.of("Fast service"), List.of("Uptime"),
            List.of("IVR menus"), List.of("dedicated-line", "PHONE"));
    assertEquals(List.of(), PersonaValidator.problems(draft));
  }

  @Test
  void everyProblemNamesItsField() {
    PersonaDraft draft =
        new PersonaDraft(" ", "TIER_D", "x".repeat(2001), List.of("ok", " "), null, List.of("y".repeat(301)),
            List.of("PHONE", "FAX", "phone"));
    List<String> problems = PersonaValidator.problems(draft);
    assertTrue(problems.contains("name: is required"), problems.toString());
    assertTrue(problems.stream().anyMatch(p -> p.startsWith("segment: must be TIER_A, TIER_B, TIER_C, HIC, OTHER")), problems.toString());
    assertTrue(problems.stream().anyMatch(p -> p.startsWith("description: has 2001 characters")), problems.toString());
    assertTrue(problems.contains("needs[1]: is required"), problems.toString());
    assertTrue(problems.stream().anyMatch(p -> p.startsWith("frustrations[0]: has 301")), problems.toString());
    assertTrue(problems.stream().anyMatch(p -> p.startsWith("channels[1]: must be")), problems.toString());
    assertTrue(problems.contains("channels[2]: PHONE is listed twice"), problems.toString());
    assertEquals(7, problems.size(), problems.toString());
  }

  @Test
  void initialsComeFromTheFirstAndLastWordInAnyScript() {
    assertEquals("ZI", Initials.of("Zeynep Işık"));
    assertEquals("ZI", Initials.of("zeynep ılgın ışık"));
    assertEquals("ما", Initials.of("مریم احمدی"));
    assertEquals("T", Initials.of("  Tom "));
    assertEquals("RK", Initials.of("(Reza) Karimi"));
    assertEquals("?", Initials.of(" "));
  }
}
