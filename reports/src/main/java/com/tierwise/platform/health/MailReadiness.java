package com.tierwise.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Session;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Properties;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Outgoing mail, reported with readiness but never making the node unready: the status stays UP
 * and the data says {@code "smtp": "DOWN"} when the relay does not greet. A load balancer that
 * took every node out because the shared SMTP relay is down would turn a delayed report into an
 * outage of the portal and the treatment API; deliveries retry on their own (backoff) and the
 * counts here ({@code deliveriesPending}, {@code deliveriesRetrying}, {@code deliveriesFailed})
 * tell operators what waits. Alert on {@code smtp} or on {@code tierwise_report_deliveries_total}
 * instead (README, Observability).
 *
 * <p>The probe opens a TCP connection to the host and port of the server's mail session and reads
 * the SMTP greeting (220), with short timeouts, then says QUIT: no mail is sent.
 */
@Readiness
@ApplicationScoped
public class MailReadiness implements HealthCheck {

  /** Where each server binds the mail session configure.cli / configure-domain.sh set up. */
  private static final String[] SESSION_NAMES = {"java:jboss/mail/Default", "mail/tierwise"};

  private static final int TIMEOUT_MILLIS = 2000;

  @Resource private DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named("mail").up();
    Properties mail = sessionProperties();
    String host = mail.getProperty("mail.smtp.host", mail.getProperty("mail.host", "localhost"));
    int port = Integer.parseInt(mail.getProperty("mail.smtp.port", "25").trim());
    response.withData("smtpServer", host + ":" + port);
    String problem = greetingProblem(host, port);
    response.withData("smtp", problem == null ? "UP" : "DOWN");
    if (problem != null) {
      response.withData("smtpError", problem);
    }
    deliveryCounts(response);
    return response.build();
  }

  private static Properties sessionProperties() {
    for (String name : SESSION_NAMES) {
      try {
        Session session = InitialContext.doLookup(name);
        return session.getProperties();
      } catch (NamingException | ClassCastException e) {
        // not this server's name
      }
    }
    return new Properties();
  }

  /** Null when an SMTP server greets at host:port, else why not. */
  static String greetingProblem(String host, int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), TIMEOUT_MILLIS);
      socket.setSoTimeout(TIMEOUT_MILLIS);
      BufferedReader in =
          new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
      String greeting = in.readLine();
      if (greeting == null || !greeting.startsWith("220")) {
        return "unexpected greeting: " + greeting;
      }
      socket.getOutputStream().write("QUIT\r\n".getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      return null;
    } catch (Exception e) {
      return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
  }

  private void deliveryCounts(HealthCheckResponseBuilder response) {
    try {
      DataSource source = dataSource != null ? dataSource : InitialContext.doLookup("java:comp/DefaultDataSource");
      try (Connection connection = source.getConnection();
          PreparedStatement select =
              connection.prepareStatement(
                  "SELECT"
                      + " SUM(CASE WHEN status IN ('PENDING', 'SENDING') THEN 1 ELSE 0 END),"
                      + " SUM(CASE WHEN status = 'RETRYING' THEN 1 ELSE 0 END),"
                      + " SUM(CASE WHEN status = 'FAILED' THEN 1 ELSE 0 END)"
                      + " FROM report_delivery");
          ResultSet row = select.executeQuery()) {
        row.next();
        response
            .withData("deliveriesPending", row.getLong(1))
            .withData("deliveriesRetrying", row.getLong(2))
            .withData("deliveriesFailed", row.getLong(3));
      }
    } catch (Exception e) {
      // the database check reports the database; mail data is best effort
      response.withData("deliveries", "unknown: " + e.getClass().getSimpleName());
    }
  }
}
