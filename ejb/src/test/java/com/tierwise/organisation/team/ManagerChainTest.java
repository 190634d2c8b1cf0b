package com.tierwise.organisation.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ManagerChainTest {

  private static final Map<String, String> LINE = Map.of("ayse", "selin", "selin", "kerem", "mehmet", "selin");

  @Test
  void aChainThatEndsIsAccepted() {
    assertTrue(ManagerChain.cycle(LINE, "emma", "ayse").isEmpty());
    assertTrue(ManagerChain.cycle(LINE, "ayse", "mehmet").isEmpty(), "a colleague may become the manager");
    assertTrue(ManagerChain.cycle(LINE, "ayse", null).isEmpty());
  }

  @Test
  void aManagerBelowTheUserClosesACircle() {
    assertEquals(List.of("kerem", "ayse", "selin", "kerem"), ManagerChain.cycle(LINE, "kerem", "ayse").orElseThrow());
    assertEquals(List.of("selin", "mehmet", "selin"), ManagerChain.cycle(LINE, "selin", "mehmet").orElseThrow());
    assertEquals(List.of("ayse", "ayse"), ManagerChain.cycle(LINE, "ayse", "ayse").orElseThrow());
  }

  @Test
  void anOlderLoopAboveIsNotBlamedOnThisChange() {
    Map<String, String> broken = Map.of("a", "b", "b", "a");
    assertTrue(ManagerChain.cycle(broken, "c", "a").isEmpty());
  }
}
