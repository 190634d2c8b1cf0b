package com.tierwise.web.portal.admin;

import com.tierwise.organisation.team.TeamRefusedException;
import com.tierwise.organisation.team.Placement;
import com.tierwise.organisation.team.TeamService;
import com.tierwise.security.Role;
import com.tierwise.security.UserCreationException;
import com.tierwise.security.UserService;
import com.tierwise.security.UserSummary;
import com.tierwise.web.portal.shell.PortalMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import org.primefaces.PrimeFaces;

/** Administration of users: the list and "new user" (ADMIN only, by web.xml for /app/admin/*). */
@Named
@ViewScoped
public class UsersView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Users listed; the total is shown beside them. */
  static final int LIMIT = 500;

  @EJB private UserService userService;
  @EJB private TeamService teamService;

  private List<UserRow> users;
  private long userCount;
  private String username;
  private String password;
  // Mutable: Faces fills the checkbox values into a new instance of the list's own class.
  private List<String> roles = new ArrayList<>();
  private String placed;
  private String team;
  private String manager;
  private String email;

  @PostConstruct
  public void init() {
    load();
  }

  public void create() {
    FacesContext faces = FacesContext.getCurrentInstance();
    char[] secret = password == null ? new char[0] : password.toCharArray();
    try {
      UserSummary created = userService.create(username, secret, new HashSet<>(roles));
      PortalMessages.add(
          faces,
          FacesMessage.SEVERITY_INFO,
          PortalMessages.text(faces, "users.create.done", created.username()),
          PortalMessages.text(faces, "users.create.done.detail"));
      username = null;
      roles = new ArrayList<>();
      load();
      PrimeFaces.current().ajax().addCallbackParam("created", true);
    } catch (UserCreationException refused) {
      String summary =
          refused.reason() == UserCreationException.Reason.DUPLICATE
              ? PortalMessages.text(faces, "users.create.duplicate", username)
              : PortalMessages.text(faces, "users.create.invalid");
      PortalMessages.add(
          faces,
          FacesMessage.SEVERITY_ERROR,
          summary,
          PortalMessages.text(faces, "common.serverSays", refused.getMessage()));
      faces.validationFailed();
    } finally {
      Arrays.fill(secret, '\0');
      password = null;
    }
  }

  /** Opens the placement dialog with the user's current team, manager and mail address. */
  public void edit(String username) {
    users.stream().filter(row -> row.username().equals(username)).findFirst().ifPresent(row -> {
      placed = row.username();
      team = row.team();
      manager = row.manager();
      email = row.email();
    });
  }

  public void place() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      teamService.place(placed, new Placement(team, manager, email), faces.getExternalContext().getRemoteUser());
      PortalMessages.add(faces, FacesMessage.SEVERITY_INFO, PortalMessages.text(faces, "team.placement.done", placed), null);
      load();
      PrimeFaces.current().ajax().addCallbackParam("placed", true);
    } catch (TeamRefusedException refused) {
      PortalMessages.add(
          faces, FacesMessage.SEVERITY_ERROR, PortalMessages.text(faces, "team.placement.invalid"),
          PortalMessages.text(faces, "common.serverSays", String.join("; ", refused.problems())));
      faces.validationFailed();
    }
  }

  /** Every user name, for the manager choice. */
  public List<String> getUsernames() {
    return users.stream().map(UserRow::username).filter(name -> !name.equals(placed)).toList();
  }

  public String getPlaced() {
    return placed;
  }

  public String getTeam() {
    return team;
  }

  public void setTeam(String team) {
    this.team = team;
  }

  public String getManager() {
    return manager;
  }

  public void setManager(String manager) {
    this.manager = manager;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  private void load() {
    users = userService.list(LIMIT, 0).stream().map(UserRow::of).toList();
    userCount = userService.count();
  }

  public List<String> getAllRoles() {
    return Arrays.stream(Role.values()).map(Role::name).toList();
  }

  public List<UserRow> getUsers() {
    return users;
  }

  public long getUserCount() {
    return userCount;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public List<String> getRoles() {
    return roles;
  }

  public void setRoles(List<String> roles) {
    this.roles = roles == null ? new ArrayList<>() : roles;
  }
}
