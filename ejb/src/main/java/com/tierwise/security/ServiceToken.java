package com.tierwise.security;

import java.time.Instant;
import java.util.Set;

/** A service client's token as administrators see it: never the token or its hash. */
public record ServiceToken(
    long id, String name, Set<Role> roles, String createdBy, Instant createdAt, String revokedBy, Instant revokedAt) {

  public boolean active() {
    return revokedAt == null;
  }
}
