package com.tierwise.security;

/** The roles of ACCEPTANCE.md. ADMIN users are given every role. */
public enum Role {
  ADMIN,
  CX_ANALYST,
  ACCOUNT_MANAGER,
  GOVERNANCE_BOARD,
  EXECUTIVE,
  CCBMX,
  CCSX;

  public static Role parse(String name) {
    for (Role role : values()) {
      if (role.name().equals(name)) {
        return role;
      }
    }
    return null;
  }
}
