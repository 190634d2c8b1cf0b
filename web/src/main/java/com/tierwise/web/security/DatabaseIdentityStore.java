package com.tierwise.web.security;

import com.tierwise.security.PasswordHashing;
import com.tierwise.security.Role;
import com.tierwise.security.UserService;
import com.tierwise.security.UserService.StoredCredentials;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The identity store: users, PBKDF2 password hashes and roles in the application's database.
 * An LDAP or OIDC store can replace it (see README, "Identity store").
 */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {

  @EJB private UserService users;
  @Inject private CredentialCache cache;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    String username = login.getCaller();
    String password = login.getPasswordAsString();
    Set<String> cached = cache.groupsIfVerified(username, password);
    if (cached != null) {
      return new CredentialValidationResult(username, cached);
    }
    Optional<StoredCredentials> stored = users.credentials(username);
    if (stored.isEmpty() || !PasswordHashing.verify(password.toCharArray(), stored.get().passwordHash())) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    Set<String> groups = stored.get().roles().stream().map(Role::name).collect(Collectors.toSet());
    cache.remember(username, password, groups);
    return new CredentialValidationResult(stored.get().username(), groups);
  }
}
