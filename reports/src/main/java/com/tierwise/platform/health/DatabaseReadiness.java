package com.tierwise.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the database answers and the schema is migrated; UP again by itself once
 * PostgreSQL is back (each call takes a fresh connection from the pool, which validates it). The
 * data tells an operator how busy the pool is and when tiering last ran.
 *
 * <p>It lives in the EAR's library jar because WildFly registers MicroProfile Health checks of
 * EAR libraries but not of the EJB or web modules inside an EAR (WFLY-12835). Payara does not
 * inject resources into beans of EAR libraries, so there it looks the same default datasource up
 * by its standard name.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  /** WildFly's pool statistics of the datasource configure.cli creates (statistics-enabled). */
  private static final String WILDFLY_POOL =
      "jboss.as:subsystem=datasources,data-source=TierwiseDS,statistics=pool";

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
    HealthCheckResponseBuilder response = HealthCheckResponse.named("database");
    poolUsage(response);
    try (Connection connection = dataSource().getConnection()) {
      response
          .withData("product", connection.getMetaData().getDatabaseProductName())
          .withData("policyVersions", count(connection, "SELECT COUNT(*) FROM tiering_policy"));
      lastTieringRun(connection, response);
      return response.up().withData("millis", (System.nanoTime() - started) / 1_000_000).build();
    } catch (Exception e) {
      return response.down().withData("error", String.valueOf(e.getMessage())).build();
    }
  }

  private static long count(Connection connection, String sql) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(sql);
        ResultSet row = select.executeQuery()) {
      row.next();
      return row.getLong(1);
    }
  }

  private static void lastTieringRun(Connection connection, HealthCheckResponseBuilder response)
      throws SQLException {
    try (PreparedStatement select =
            connection.prepareStatement(
                "SELECT id, finished_at, customers FROM tiering_run ORDER BY id DESC LIMIT 1");
        ResultSet row = select.executeQuery()) {
      if (row.next()) {
        response
            .withData("lastTieringRun", row.getLong("id"))
            .withData("lastTieringRunFinishedAt", row.getObject("finished_at", java.time.OffsetDateTime.class).toInstant().toString())
            .withData("lastTieringRunCustomers", row.getLong("customers"));
      } else {
        response.withData("lastTieringRun", "none");
      }
    }
  }

  /**
   * Connections in use, idle and the most ever in use, where the server publishes them over JMX
   * (WildFly; Payara only with its monitoring switched on, so there the data is left out).
   */
  private static void poolUsage(HealthCheckResponseBuilder response) {
    try {
      MBeanServer server = ManagementFactory.getPlatformMBeanServer();
      ObjectName pool = new ObjectName(WILDFLY_POOL);
      if (!server.isRegistered(pool)) {
        return;
      }
      response
          .withData("poolInUse", ((Number) server.getAttribute(pool, "InUseCount")).longValue())
          .withData("poolAvailable", ((Number) server.getAttribute(pool, "AvailableCount")).longValue())
          .withData("poolMaxUsed", ((Number) server.getAttribute(pool, "MaxUsedCount")).longValue());
    } catch (Exception | LinkageError e) {
      response.withData("pool", "unavailable: " + e.getClass().getSimpleName());
    }
  }
}
