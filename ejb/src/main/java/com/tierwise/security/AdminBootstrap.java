package com.tierwise.security;

import com.tierwise.platform.TierwiseConfig;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The first start against an empty database creates user admin with every role. There are no
 * default credentials: the password comes from TIERWISE_ADMIN_PASSWORD or is generated and logged
 * exactly once.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class AdminBootstrap {

  private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());
  static final String ADMIN = "admin";

  @EJB private UserService users;

  @Inject
  @ConfigProperty(name = TierwiseConfig.ADMIN_PASSWORD)
  Optional<String> configuredPassword;

  @PostConstruct
  void createAdminInEmptyDatabase() {
    if (users.count() > 0) {
      return;
    }
    boolean generated = configuredPassword.filter(p -> !p.isBlank()).isEmpty();
    String password = generated ? PasswordHashing.randomPassword() : configuredPassword.get();
    try {
      users.create(ADMIN, password.toCharArray(), Set.of(Role.ADMIN.name()));
    } catch (UserCreationException e) {
      throw new IllegalStateException(
          "Cannot create the bootstrap admin: " + e.getMessage()
              + " (set TIERWISE_ADMIN_PASSWORD to at least " + UserService.MIN_PASSWORD_LENGTH
              + " characters)",
          e);
    }
    if (generated) {
      LOG.warning(
          "Created user 'admin' with the generated password " + password
              + " - it is shown only this once. Set TIERWISE_ADMIN_PASSWORD to choose it.");
    } else {
      LOG.info("Created user 'admin' with the password from TIERWISE_ADMIN_PASSWORD");
    }
  }
}
