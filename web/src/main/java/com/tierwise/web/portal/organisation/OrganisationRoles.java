package com.tierwise.web.portal.organisation;

import com.tierwise.security.Role;
import jakarta.faces.context.FacesContext;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who edits the glossary, personas and journey map: the roles of their API writes. Every
 * signed-in role reads them.
 */
final class OrganisationRoles {

  static final Set<Role> EDIT = EnumSet.of(Role.ADMIN, Role.CX_ANALYST, Role.CCBMX, Role.CCSX);

  private OrganisationRoles() {}

  static boolean canEdit() {
    return com.tierwise.web.portal.shell.PortalRoles.hasAny(FacesContext.getCurrentInstance().getExternalContext(), EDIT);
  }
}
