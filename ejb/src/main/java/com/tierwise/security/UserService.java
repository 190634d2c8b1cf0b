package com.tierwise.security;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Users and their roles: the database identity store's data. */
@Stateless
public class UserService {

  private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}._@-]{2,64}");
  static final int MIN_PASSWORD_LENGTH = 12;
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,189}");

  @PersistenceContext private EntityManager em;

  /** Who may sign in and with which roles, for the identity store. */
  public record StoredCredentials(String username, String passwordHash, Set<Role> roles) {}

  public Optional<StoredCredentials> credentials(String username) {
    return findEnabled(username)
        .map(user -> new StoredCredentials(user.getUsername(), user.getPasswordHash(), user.getRoles()));
  }

  private Optional<AppUser> findEnabled(String username) {
    return em.createNamedQuery("AppUser.byUsername", AppUser.class)
        .setParameter("username", username)
        .getResultStream()
        .filter(AppUser::isEnabled)
        .findFirst();
  }

  public UserSummary create(String username, char[] password, Set<String> roleNames)
      throws UserCreationException {
    return create(username, password, roleNames, null);
  }

  /** As above, with an optional mail address for governance notifications. */
  public UserSummary create(String username, char[] password, Set<String> roleNames, String email)
      throws UserCreationException {
    if (email != null && !email.isBlank() && !EMAIL.matcher(email.trim()).matches()) {
      throw new UserCreationException(
          UserCreationException.Reason.INVALID, "email must be one mail address like name@example.com");
    }
    if (username == null || !USERNAME.matcher(username).matches()) {
      throw new UserCreationException(
          UserCreationException.Reason.INVALID,
          "username must be 2-64 letters, digits or . _ @ -");
    }
    if (password == null || password.length < MIN_PASSWORD_LENGTH) {
      throw new UserCreationException(
          UserCreationException.Reason.INVALID,
          "password must have at least " + MIN_PASSWORD_LENGTH + " characters");
    }
    if (roleNames == null || roleNames.isEmpty()) {
      throw new UserCreationException(
          UserCreationException.Reason.INVALID, "roles must name at least one role");
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String name : roleNames) {
      Role role = Role.parse(name);
      if (role == null) {
        throw new UserCreationException(
            UserCreationException.Reason.INVALID,
            "unknown role \"" + name + "\"; roles are " + List.of(Role.values()));
      }
      roles.add(role);
    }
    if (roles.contains(Role.ADMIN)) {
      roles = EnumSet.allOf(Role.class); // ADMIN stands for every role, as the bootstrap admin has
    }
    if (exists(username)) {
      throw new UserCreationException(
          UserCreationException.Reason.DUPLICATE, "user \"" + username + "\" already exists");
    }
    AppUser user = new AppUser(username, PasswordHashing.hash(password), roles, Clock.systemUTC().instant());
    if (email != null && !email.isBlank()) {
      user.setEmail(email.trim());
    }
    em.persist(user);
    em.flush();
    return UserSummary.of(user);
  }

  public boolean exists(String username) {
    return !em.createNamedQuery("AppUser.byUsername", AppUser.class)
        .setParameter("username", username)
        .getResultList()
        .isEmpty();
  }

  public long count() {
    return em.createQuery("SELECT COUNT(u) FROM AppUser u", Long.class).getSingleResult();
  }

  public List<UserSummary> list(int limit, int offset) {
    return em.createQuery("SELECT u FROM AppUser u ORDER BY u.username", AppUser.class)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList()
        .stream()
        .map(UserSummary::of)
        .toList();
  }

  public void setLocale(String username, String locale) {
    findEnabled(username).ifPresent(user -> user.setLocale(locale));
  }

  public Optional<String> locale(String username) {
    return findEnabled(username).map(AppUser::getLocale);
  }
}
