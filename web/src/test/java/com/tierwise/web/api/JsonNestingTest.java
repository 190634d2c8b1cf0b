package com.tierwise.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonNestingTest {

  private static int depth(String json, int limit) {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    return JsonNesting.depth(bytes, bytes.length, limit);
  }

  @Test
  void countsArraysAndObjects() {
    assertEquals(0, depth("42", 64));
    assertEquals(1, depth("[1,2,3]", 64));
    assertEquals(3, depth("{\"a\":[{\"b\":1}],\"c\":[]}", 64));
  }

  @Test
  void bracketsInsideStringsDoNotCount() {
    assertEquals(1, depth("{\"comment\":\"[[[[{{{{ \\\" [[[\"}", 64));
  }

  @Test
  void stopsAtTheLimit() {
    String bomb = "[".repeat(100_000) + "]".repeat(100_000);
    assertEquals(65, depth(bomb, 64));
    assertEquals(64, depth("[".repeat(64) + "]".repeat(64), 64));
  }
}
