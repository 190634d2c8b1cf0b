package com.tierwise.security;

import java.time.Instant;
import java.util.Set;

/** A user as shown to administrators (with team and manager): never the password hash. */
public record UserSummary(long id, String username, Set<Role> roles, boolean enabled, String locale, Instant createdAt, String email, String team, String manager) {

  static UserSummary of(AppUser user) {
    return new UserSummary(
        user.getId(), user.getUsername(), user.getRoles(), user.isEnabled(), user.getLocale(), user.getCreatedAt(), user.getEmail(),
        user.getTeam(), user.getManager() == null ? null : user.getManager().getUsername());
  }
}
