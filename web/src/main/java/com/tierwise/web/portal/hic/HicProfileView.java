package com.tierwise.web.portal.hic;

import com.tierwise.hic.HicProfile;
import com.tierwise.hic.HicRefusedException;
import com.tierwise.hic.HicService;
import com.tierwise.hic.Membership;
import com.tierwise.security.Role;
import com.tierwise.web.portal.shell.PortalMessages;
import com.tierwise.web.portal.shell.PortalRoles;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** One HIC's profile by the four pillars, editable by the roles that may PUT it in the API. */
@Named
@ViewScoped
public class HicProfileView implements Serializable {

  private static final long serialVersionUID = 1L;

  static final Set<Role> EDIT = EnumSet.of(Role.ADMIN, Role.ACCOUNT_MANAGER, Role.CX_ANALYST, Role.GOVERNANCE_BOARD);

  /** A team member being edited (JSF needs setters). */
  public static class MemberRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String name;
    private String role;
    private String contact;

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getRole() {
      return role;
    }

    public void setRole(String role) {
      this.role = role;
    }

    public String getContact() {
      return contact;
    }

    public void setContact(String contact) {
      this.contact = contact;
    }
  }

  @EJB private HicService hic;

  private String customer;
  private Membership membership;
  private String demanding;
  private String differentiated;
  private String directLine;
  private String delivered;
  private Long version;
  private List<MemberRow> team = new ArrayList<>();

  /** f:viewAction: loads the customer named in the query string. */
  public void load() {
    membership = customer == null ? null : hic.membership(customer).orElse(null);
    if (membership == null) {
      return;
    }
    try {
      hic.profile(customer).ifPresent(this::show);
    } catch (HicRefusedException e) {
      membership = null;
    }
  }

  private void show(HicProfile profile) {
    demanding = profile.demanding();
    differentiated = profile.differentiated();
    directLine = profile.directLine();
    delivered = profile.delivered();
    version = profile.version();
    team = new ArrayList<>();
    for (HicProfile.TeamMember member : profile.team()) {
      MemberRow row = new MemberRow();
      row.setName(member.name());
      row.setRole(member.role());
      row.setContact(member.contact());
      team.add(row);
    }
  }

  public void addMember() {
    team.add(new MemberRow());
  }

  public void removeMember(MemberRow row) {
    team.remove(row);
  }

  public void save() {
    FacesContext faces = FacesContext.getCurrentInstance();
    List<HicProfile.TeamMember> members =
        team.stream().map(r -> new HicProfile.TeamMember(r.getName(), r.getRole(), r.getContact())).toList();
    try {
      HicProfile saved =
          hic.saveProfile(customer,
              new HicProfile(customer, demanding, differentiated, members, directLine, delivered, null, null, version),
              faces.getExternalContext().getRemoteUser());
      show(saved);
      PortalMessages.add(faces, FacesMessage.SEVERITY_INFO, PortalMessages.text(faces, "hic.profile.saved"), null);
    } catch (HicRefusedException refused) {
      PortalMessages.add(faces, FacesMessage.SEVERITY_ERROR, PortalMessages.text(faces, "hic.profile.refused"),
          PortalMessages.text(faces, "common.serverSays", refused.getMessage()));
      faces.validationFailed();
    }
  }

  public boolean isEditable() {
    return PortalRoles.hasAny(FacesContext.getCurrentInstance().getExternalContext(), EDIT);
  }

  public String getCustomer() {
    return customer;
  }

  public void setCustomer(String customer) {
    this.customer = customer;
  }

  public Membership getMembership() {
    return membership;
  }

  public String getDemanding() {
    return demanding;
  }

  public void setDemanding(String demanding) {
    this.demanding = demanding;
  }

  public String getDifferentiated() {
    return differentiated;
  }

  public void setDifferentiated(String differentiated) {
    this.differentiated = differentiated;
  }

  public String getDirectLine() {
    return directLine;
  }

  public void setDirectLine(String directLine) {
    this.directLine = directLine;
  }

  public String getDelivered() {
    return delivered;
  }

  public void setDelivered(String delivered) {
    this.delivered = delivered;
  }

  public List<MemberRow> getTeam() {
    return team;
  }
}
