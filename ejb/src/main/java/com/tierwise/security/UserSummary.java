package com.tierwise.security;

import java.time.Instant;
import java.util.Set;

/** A user as shown to administrators: never the password hash. */
public record UserSummary(long id, String username, Set<Role> roles, boolean enabled, String locale, Instant createdAt, String email) {

  static UserSummary of(AppUser user) {
    return new UserSummary(
        user.getId(), user.getUsername(), user.getRoles(), user.isEnabled(), user.getLocale(), user.getCreatedAt(), user.getEmail());
  }
}
