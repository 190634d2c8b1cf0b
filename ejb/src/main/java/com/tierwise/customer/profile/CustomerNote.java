package com.tierwise.customer.profile;

import java.io.Serializable;
import java.time.Instant;
import java.util.Date;

/** A note about a customer that the team must know, with who wrote it and when. */
public record CustomerNote(long id, String author, Instant createdAt, String text) implements Serializable {

  /** Longest note accepted, in characters (code points). */
  public static final int MAX_LENGTH = 4_000;

  /** For the portal's date converter, which takes no Instant in Faces 4.0. */
  public Date createdDate() {
    return Date.from(createdAt);
  }
}
