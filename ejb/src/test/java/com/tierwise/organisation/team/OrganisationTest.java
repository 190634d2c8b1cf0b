package com.tierwise.organisation.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tierwise.closedloop.EscalationRouting;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrganisationTest {

  private final Organisation organisation =
      new Organisation(List.of(
          new Member("ayse", "Istanbul", "selin", "ayse@example.com", true),
          new Member("mehmet", "Istanbul", "nomail", null, true),
          new Member("nomail", "Istanbul", null, null, true),
          new Member("selin", "Istanbul", null, "selin@example.com", true),
          new Member("emma", "London", null, "emma@example.com", true)));

  @Test
  void escalationGoesToTheOwnersManagerElseToTheCxLead() {
    assertEquals(new EscalationRouting.Recipient("selin@example.com", "selin"), EscalationRouting.of(organisation, "ayse", "lead@x"));
    assertEquals(new EscalationRouting.Recipient("lead@x", null), EscalationRouting.of(organisation, "emma", "lead@x"), "no manager");
    assertEquals(new EscalationRouting.Recipient("lead@x", null), EscalationRouting.of(organisation, "mehmet", "lead@x"), "manager without mail");
    assertEquals(new EscalationRouting.Recipient("lead@x", null), EscalationRouting.of(organisation, "cx-team", "lead@x"), "not a user");
    assertEquals(new EscalationRouting.Recipient(null, null), EscalationRouting.of(organisation, null, null));
  }

  @Test
  void teamsListTheirMembersAndManagers() {
    assertEquals(List.of("Istanbul", "London"), organisation.teamNames());
    Team istanbul = organisation.teams().get(0);
    assertEquals(List.of("ayse", "mehmet", "nomail", "selin"), istanbul.members().stream().map(Member::username).toList());
    assertEquals(List.of("nomail", "selin"), istanbul.managers());
    assertEquals("London", organisation.teamOf("emma"));
    assertNull(organisation.teamOf("cx-team"));
    assertTrue(organisation.member(null).isEmpty());
  }

  @Test
  void placementsAreCleanedAndChecked() {
    assertEquals(new Placement(null, "selin", "a@b.c"), new Placement("  ", " selin ", "a@b.c").normalised());
    assertEquals(1, new Placement("x", null, "not-an-address").normalised().problems().size());
    assertEquals(1, new Placement("x".repeat(101), null, null).problems().size());
    assertTrue(new Placement("Istanbul", "selin", "a@b.c").problems().isEmpty());
  }
}
