package com.tierwise.platform;

import com.tierwise.governance.AuditRevision;
import com.tierwise.hic.MembershipRecord;
import com.tierwise.hic.NominationRecord;
import com.tierwise.hic.ProfileRecord;
import com.tierwise.override.OverrideRecord;
import com.tierwise.treatment.TreatmentPolicyRecord;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;

/**
 * Hibernate with Envers on the test's H2 connection, as the server runs it: the same entities
 * and properties as persistence.xml, in a resource-local transaction on that very connection, so
 * JPA writes and the JDBC code of the test see each other. Envers writes its revision on
 * {@link #commit}.
 */
public final class H2Jpa implements AutoCloseable {

  private final SessionFactory factory;
  private final EntityManager em;

  public H2Jpa(Connection connection) {
    Configuration configuration = new Configuration()
        .addAnnotatedClass(AuditRevision.class)
        .addAnnotatedClass(OverrideRecord.class)
        .addAnnotatedClass(TreatmentPolicyRecord.class)
        .addAnnotatedClass(NominationRecord.class)
        .addAnnotatedClass(MembershipRecord.class)
        .addAnnotatedClass(ProfileRecord.class)
        .setProperty(AvailableSettings.CONNECTION_PROVIDER_DISABLES_AUTOCOMMIT, "true")
        // As WildFly sets it for every persistence unit (persistence.xml may relax it).
        .setProperty(AvailableSettings.JPA_QUERY_COMPLIANCE, "true");
    persistenceXmlProperties().forEach(configuration::setProperty);
    configuration.getProperties().put(AvailableSettings.DATASOURCE, sharing(connection));
    factory = configuration.buildSessionFactory();
    em = factory.createEntityManager();
    em.getTransaction().begin();
  }

  /** The properties of the real persistence unit, so the test runs Hibernate as the server does. */
  private static Map<String, String> persistenceXmlProperties() {
    try (InputStream xml = H2Jpa.class.getResourceAsStream("/META-INF/persistence.xml")) {
      String text = new String(xml.readAllBytes(), StandardCharsets.UTF_8);
      Map<String, String> properties = new LinkedHashMap<>();
      Matcher property = Pattern.compile("<property name=\"([^\"]+)\" value=\"([^\"]*)\"/>").matcher(text);
      while (property.find()) {
        properties.put(property.group(1), property.group(2));
      }
      return properties;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public EntityManager em() {
    return em;
  }

  /** Commits (Envers writes its revision now) and starts the next transaction. */
  public void commit() {
    em.getTransaction().commit();
    em.clear();
    em.getTransaction().begin();
  }

  @Override
  public void close() {
    if (em.getTransaction().isActive()) {
      em.getTransaction().rollback();
    }
    em.close();
    factory.close();
  }

  /** A data source that hands out the one connection and ignores close(). */
  private static DataSource sharing(Connection connection) {
    Connection unclosable =
        (Connection) Proxy.newProxyInstance(
            H2Jpa.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              if (method.getName().equals("close")) {
                return null;
              }
              try {
                return method.invoke(connection, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
    return (DataSource) Proxy.newProxyInstance(
        H2Jpa.class.getClassLoader(),
        new Class<?>[] {DataSource.class},
        (proxy, method, args) -> switch (method.getName()) {
          case "getConnection" -> unclosable;
          case "unwrap", "isWrapperFor" -> throw new UnsupportedOperationException(method.getName());
          case "hashCode" -> System.identityHashCode(proxy);
          case "equals" -> proxy == args[0];
          case "toString" -> "H2Jpa shared connection";
          default -> null;
        });
  }
}
