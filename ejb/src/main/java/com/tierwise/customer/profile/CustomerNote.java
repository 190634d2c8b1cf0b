package com.tierwise.customer.profile;

import java.io.Serializable;
import java.time.Instant;

/** A note about a customer that the team must know, with who wrote it and when. */
public record CustomerNote(long id, String author, Instant createdAt, String text) implements Serializable {

  /** Longest note accepted, in characters (code points). */
  public static final int MAX_LENGTH = 4_000;
}
