package com.tierwise.web.portal.shell;

import com.tierwise.security.Role;
import jakarta.faces.context.ExternalContext;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who may see and do what in the portal, the same as in the REST API (README, "The REST API"):
 * the pages hide what a role may not use, and the beans check again before acting.
 */
public final class PortalRoles {

  /** Tiering runs: GET /tiering/runs. */
  public static final Set<Role> SEE_RUNS =
      EnumSet.of(Role.ADMIN, Role.CX_ANALYST, Role.GOVERNANCE_BOARD, Role.EXECUTIVE);

  /** Starting a run: POST /tiering/runs. */
  public static final Set<Role> RUN_TIERING = EnumSet.of(Role.ADMIN, Role.CX_ANALYST);

  /** The tiering policy page: GET /tiering/policy/versions. */
  public static final Set<Role> SEE_POLICY = SEE_RUNS;

  /** Editing the policy and what-if: PUT /tiering/policy, POST /tiering/simulations. */
  public static final Set<Role> EDIT_POLICY = EnumSet.of(Role.ADMIN, Role.CX_ANALYST);

  /** Writing notes on the customer 360: everyone who works with customers, not executives. */
  public static final Set<Role> WRITE_NOTES =
      EnumSet.of(Role.ADMIN, Role.CX_ANALYST, Role.ACCOUNT_MANAGER, Role.GOVERNANCE_BOARD);

  /** The import wizard: POST /customers/import. */
  public static final Set<Role> IMPORT_CUSTOMERS = EnumSet.of(Role.ADMIN, Role.CX_ANALYST);

  private PortalRoles() {}

  public static boolean hasAny(ExternalContext external, Set<Role> roles) {
    return roles.stream().anyMatch(role -> external.isUserInRole(role.name()));
  }
}
