package com.tierwise.security;

import com.tierwise.platform.DataAccessFailure;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/** Named, revocable bearer tokens with roles, for service clients of the API. */
@Stateless
public class ServiceTokenService {

  private static final Logger LOG = Logger.getLogger(ServiceTokenService.class.getName());
  private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}._-]{2,64}");

  /** A token just created: the only time the token itself is known. */
  public record Created(ServiceToken token, String secret) {}

  /** Who a valid token speaks for. */
  public record Identity(String name, Set<Role> roles) {}

  @Resource private DataSource dataSource;

  public Created create(String name, Set<String> roleNames, String user) throws UserCreationException {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new UserCreationException(
          UserCreationException.Reason.INVALID, "name must be 2-64 letters, digits or . _ -");
    }
    if (roleNames == null || roleNames.isEmpty()) {
      throw new UserCreationException(
          UserCreationException.Reason.INVALID, "roles must name at least one role, e.g. [\"CCSX\"]");
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String roleName : roleNames) {
      Role role = Role.parse(roleName);
      if (role == null) {
        throw new UserCreationException(
            UserCreationException.Reason.INVALID, "unknown role \"" + roleName + "\"; roles are " + List.of(Role.values()));
      }
      if (role == Role.ADMIN) {
        // A leaked service token must never administer users or other tokens.
        throw new UserCreationException(
            UserCreationException.Reason.INVALID, "service tokens cannot have the ADMIN role");
      }
      roles.add(role);
    }
    String secret = TokenHashing.newToken();
    Instant now = Clock.systemUTC().instant();
    try (Connection connection = dataSource.getConnection()) {
      try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM service_token WHERE name = ?")) {
        exists.setString(1, name);
        try (ResultSet row = exists.executeQuery()) {
          if (row.next()) {
            throw new UserCreationException(
                UserCreationException.Reason.DUPLICATE, "a service token named \"" + name + "\" already exists");
          }
        }
      }
      long id;
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO service_token (name, token_hash, roles, created_by, created_at) VALUES (?, ?, ?, ?, ?)",
              Statement.RETURN_GENERATED_KEYS)) {
        insert.setString(1, name);
        insert.setString(2, TokenHashing.hash(secret));
        insert.setString(3, roles.stream().map(Role::name).collect(Collectors.joining(",")));
        insert.setString(4, user);
        insert.setTimestamp(5, Timestamp.from(now));
        insert.executeUpdate();
        try (ResultSet keys = insert.getGeneratedKeys()) {
          keys.next();
          id = keys.getLong(1);
        }
      }
      LOG.info(() -> user + " created service token " + name + " with roles " + roles);
      return new Created(new ServiceToken(id, name, roles, user, now, null, null), secret);
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  public List<ServiceToken> list() {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT id, name, roles, created_by, created_at, revoked_by, revoked_at FROM service_token ORDER BY name");
        ResultSet row = select.executeQuery()) {
      List<ServiceToken> tokens = new ArrayList<>();
      while (row.next()) {
        Timestamp revokedAt = row.getTimestamp(7);
        tokens.add(
            new ServiceToken(
                row.getLong(1), row.getString(2), roles(row.getString(3)), row.getString(4),
                row.getTimestamp(5).toInstant(), row.getString(6), revokedAt == null ? null : revokedAt.toInstant()));
      }
      return tokens;
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  /** Revokes a token at once; false when there is no active token with that id. */
  public boolean revoke(long id, String user) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update =
            connection.prepareStatement(
                "UPDATE service_token SET revoked_by = ?, revoked_at = ? WHERE id = ? AND revoked_at IS NULL")) {
      update.setString(1, user);
      update.setTimestamp(2, Timestamp.from(Clock.systemUTC().instant()));
      update.setLong(3, id);
      boolean revoked = update.executeUpdate() == 1;
      if (revoked) {
        LOG.info(() -> user + " revoked service token " + id);
      }
      return revoked;
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  /** The identity of an active token, by the SHA-256 of the presented token. */
  public Optional<Identity> identify(String tokenHash) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT name, roles FROM service_token WHERE token_hash = ? AND revoked_at IS NULL")) {
      select.setString(1, tokenHash);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Optional.of(new Identity(row.getString(1), roles(row.getString(2)))) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  private static Set<Role> roles(String stored) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    Arrays.stream(stored.split(",")).map(Role::parse).filter(r -> r != null).forEach(roles::add);
    return roles;
  }
}
