package com.tierwise.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the database answers and the schema is migrated. It lives in the EAR's
 * library jar because WildFly registers MicroProfile Health checks of EAR libraries but not of
 * the EJB or web modules inside an EAR (WFLY-12835).
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  @Resource private DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    long started = System.nanoTime();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM tiering_policy");
        ResultSet row = select.executeQuery()) {
      row.next();
      return HealthCheckResponse.named("database")
          .up()
          .withData("product", connection.getMetaData().getDatabaseProductName())
          .withData("policyVersions", row.getLong(1))
          .withData("millis", (System.nanoTime() - started) / 1_000_000)
          .build();
    } catch (Exception e) {
      return HealthCheckResponse.named("database").down().withData("error", String.valueOf(e.getMessage())).build();
    }
  }
}
