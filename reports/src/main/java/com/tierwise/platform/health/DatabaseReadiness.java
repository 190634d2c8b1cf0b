package com.tierwise.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the database answers and the schema is migrated. It lives in the EAR's
 * library jar because WildFly registers MicroProfile Health checks of EAR libraries but not of
 * the EJB or web modules inside an EAR (WFLY-12835). Payara does not inject resources into beans
 * of EAR libraries, so there it looks the same default datasource up by its standard name.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  @Resource private DataSource dataSource;

  private DataSource dataSource() throws NamingException {
    if (dataSource == null) {
      dataSource = InitialContext.doLookup("java:comp/DefaultDataSource");
    }
    return dataSource;
  }

  @Override
  public HealthCheckResponse call() {
    long started = System.nanoTime();
    try (Connection connection = dataSource().getConnection();
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
