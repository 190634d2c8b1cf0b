package com.tierwise.platform.health;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class HeartbeatTest {

  @Test
  void aliveWhileBeatsComeAndDeadAfterTheAllowedSilence() {
    Heartbeat.beat();
    Instant beat = Heartbeat.last();
    assertTrue(Heartbeat.alive(beat.plusSeconds(10)));
    assertTrue(Heartbeat.alive(beat.plus(Heartbeat.SILENCE_ALLOWED)));
    assertFalse(Heartbeat.alive(beat.plus(Heartbeat.SILENCE_ALLOWED).plusSeconds(1)));
  }
}
