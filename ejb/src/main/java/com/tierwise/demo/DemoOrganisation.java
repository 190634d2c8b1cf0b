package com.tierwise.demo;

import com.tierwise.organisation.OrganisationRefusedException;
import com.tierwise.organisation.journey.JourneyDraft;
import com.tierwise.organisation.journey.JourneyService;
import com.tierwise.organisation.persona.PersonaDraft;
import com.tierwise.organisation.persona.PersonaService;
import java.util.List;

/**
 * The demo's personas and journey map (issue 5), written through the normal services so they are
 * validated and audited like any edit. (The glossary is seeded by migration V67 on every database.)
 */
final class DemoOrganisation {

  private static final String USER = "demo-data";

  private DemoOrganisation() {}

  static void seed(PersonaService personas, JourneyService journey) throws OrganisationRefusedException {
    List<Long> ids = new java.util.ArrayList<>();
    for (PersonaDraft persona : personas()) {
      ids.add(personas.create(persona, USER).id());
    }
    for (JourneyDraft touchpoint : journey(ids.get(0), ids.get(1), ids.get(2), ids.get(3))) {
      journey.create(touchpoint, USER);
    }
  }

  /** Four personas: a tier-A buyer, a high-impact customer, a tier-B and a tier-C customer. */
  static List<PersonaDraft> personas() {
    return List.of(
        new PersonaDraft(
            "Selin Aydın, strategic account buyer", "TIER_A",
            "Buys for a large manufacturer; has worked with us for nine years and plans to double volume.",
            List.of("A named account team that knows her contracts", "First access to constrained products",
                "Payment terms that match her budget cycle"),
            List.of("Being seen as a partner, not a ticket", "Bringing innovations to her company first"),
            List.of("Explaining her history again to every new contact", "Generic newsletters"),
            List.of("DEDICATED_LINE", "EMAIL", "IN_PERSON")),
        new PersonaDraft(
            "Reza Karimi, plant operations manager", "HIC",
            "Runs a plant that stops when our service stops: time-critical, high-risk, no patience for automation.",
            List.of("Service restored within hours", "A direct line without an IVR", "Proactive warnings"),
            List.of("Keeping the plant running", "Predictable costs"),
            List.of("Phone menus and chatbots", "Waiting behind lower-impact customers"),
            List.of("DEDICATED_LINE", "PHONE")),
        new PersonaDraft(
            "Layla Haddad, growing online shop owner", "TIER_B",
            "Runs a fast-growing web shop; orders online, often late in the evening.",
            List.of("Clear delivery dates", "Easy returns"),
            List.of("Growing without hiring", "Good prices on volume"),
            List.of("Delivery surprises", "Having to call to get an answer"),
            List.of("WEB", "CHAT", "EMAIL")),
        new PersonaDraft(
            "Tom Becker, occasional buyer", "TIER_C",
            "Buys a few times a year, compares prices, serves himself.",
            List.of("A quick, cheap order", "Self-service for simple questions"),
            List.of("Price", "Speed"),
            List.of("Hidden costs", "Long forms"),
            List.of("WEB", "MOBILE_APP")));
  }

  /** The journey map of the demo company, with the personas' ids in the order of {@link #personas}. */
  static List<JourneyDraft> journey(long selin, long reza, long layla, long tom) {
    List<Long> everyone = List.of(selin, reza, layla, tom);
    return List.of(
        draft("INTEREST", "WEBSITE_VISIT", null, "CCBMX", "WEBSITE_VISIT", 0, List.of(layla, tom)),
        draft("INTEREST", null, "Trade fair stand", "CCBMX", null, 1, List.of(selin)),
        draft("PRE_ORDER", "SALES_CALL", null, "CCBMX", "SALES_CALL", 0, List.of(selin, reza)),
        draft("PRE_ORDER", null, "Pre-sales technical advice", "CCSX", null, 0, List.of(reza)),
        draft("ORDER", "AFTER_PURCHASE", null, "CCBMX", "AFTER_PURCHASE", 0, everyone),
        draft("ORDER", null, "Order confirmation and payment terms", "CCSX", null, 0, List.of(selin)),
        draft("FULFILMENT", null, "Delivery and installation", "CCSX", null, 0, List.of(selin, reza)),
        draft("RETURNS", null, "Returns desk", "CCSX", null, 0, List.of(layla, tom)),
        draft("SUPPORT", "SERVICE_CALL", null, "CCSX", "SERVICE_CALL", 0, everyone),
        draft("SUPPORT", null, "Dedicated line for high-impact customers", "CCSX", null, 1, List.of(reza)),
        draft("SUPPORT", null, "Renewal and loyalty offers", "CCBMX", null, 0, List.of(selin, layla)));
  }

  private static JourneyDraft draft(
      String stage, String touchpoint, String label, String owner, String survey, int position, List<Long> personas) {
    return new JourneyDraft(stage, touchpoint, label, owner, survey, position, personas);
  }
}
