package com.tierwise.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tierwise.security.PasswordHashing;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class DemoTeamsTest {

  @Test
  void everyDemoOwnerIsInATeamWithAManager() {
    Set<String> placed = new TreeSet<>();
    for (List<String> members : DemoTeams.TEAMS.values()) {
      placed.addAll(members.subList(1, members.size()));
    }
    assertEquals(new TreeSet<>(new DemoCustomers(1).owners()), placed);
  }

  @Test
  void noPasswordMatchesTheDemoUsersHash() {
    for (String guess : List.of("", "!", "password", "selin.kaya")) {
      assertFalse(PasswordHashing.verify(guess.toCharArray(), PasswordHashing.NO_PASSWORD));
    }
  }
}
