package com.tierwise.web.portal.admin;

import com.tierwise.security.Role;
import com.tierwise.security.UserSummary;
import java.io.Serializable;
import java.util.Date;
import java.util.List;

/** A user as the administration table shows it: roles in the enum's order, a date for the converter, team and manager. */
public record UserRow(
    String username, List<String> roles, boolean enabled, Date created, String team, String manager, String email)
    implements Serializable {

  public static UserRow of(UserSummary user) {
    List<String> roles =
        user.roles().stream().sorted().map(Role::name).toList();
    return new UserRow(
        user.username(), roles, user.enabled(), user.createdAt() == null ? null : Date.from(user.createdAt()),
        user.team(), user.manager(), user.email());
  }
}
