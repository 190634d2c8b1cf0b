package com.tierwise.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tierwise.organisation.journey.JourneyDraft;
import com.tierwise.organisation.journey.JourneyValidator;
import com.tierwise.organisation.persona.PersonaDraft;
import com.tierwise.organisation.persona.PersonaValidator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The demo content passes the same validation as any edit (a refusal would stop the first start). */
class DemoOrganisationTest {

  @Test
  void everyDemoPersonaAndTouchpointIsValid() {
    for (PersonaDraft persona : DemoOrganisation.personas()) {
      assertEquals(List.of(), PersonaValidator.problems(persona), persona.name());
    }
    for (JourneyDraft touchpoint : DemoOrganisation.journey(1, 2, 3, 4)) {
      assertEquals(List.of(), JourneyValidator.problems(touchpoint, Set.of(1L, 2L, 3L, 4L)), touchpoint.toString());
    }
    assertEquals(4, DemoOrganisation.personas().stream().map(PersonaDraft::name).distinct().count());
  }
}
