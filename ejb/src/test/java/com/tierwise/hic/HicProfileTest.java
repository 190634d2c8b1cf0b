package com.tierwise.hic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HicProfileTest {

  @Test
  void aCompleteProfileIsAccepted() {
    HicProfile profile =
        new HicProfile("C-1", "Plant stops within 4 hours without parts", "Expects a named engineer",
            List.of(new HicProfile.TeamMember("Ayşe Yılmaz", "account lead", "ayse@example.com")),
            "+90 212 555 01 01", "Chief engineer: Mehmet; prefers calls before 9", null, null, null);
    assertEquals(List.of(), profile.problems());
  }

  @Test
  void teamMembersNeedANameAndARoleAndTheDirectLineIsAPhoneNumber() {
    HicProfile profile =
        new HicProfile("C-1", null, null,
            List.of(new HicProfile.TeamMember(" ", null, null)), "call Ayşe", null, null, null, null);
    assertEquals(
        List.of(
            "directLine must be a phone number (digits, spaces, + ( ) . / -), not \"call Ayşe\"",
            "team[0].name is required",
            "team[0].role is required (e.g. account lead, service engineer)"),
        profile.problems());
  }
}
