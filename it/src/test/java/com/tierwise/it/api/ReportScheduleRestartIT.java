package com.tierwise.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.tierwise.it.support.Api;
import com.tierwise.it.support.Deployments;
import com.tierwise.it.support.TestDatabase;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import org.jboss.arquillian.container.test.api.ContainerController;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The server is down when a scheduled delivery falls due: after it starts again the delivery is
 * sent once, not twice (the persistent timer's late firing and the start-up sweep both try; the
 * slot's unique key lets one through). Runs a second WildFly of its own (qualifier
 * wildfly-restart, its own ports and schema) so stopping it does not disturb the suite's server.
 */
@ExtendWith(ArquillianExtension.class)
// The second server is a WildFly container of arquillian.xml; on Payara the suite has one domain.
@EnabledIfSystemProperty(named = "tierwise.it.server", matches = "wildfly")
class ReportScheduleRestartIT {

  private static final String CONTAINER = "wildfly-restart";
  private static final String DEPLOYMENT = "restart-ear";
  private static final int PORT_OFFSET = Integer.getInteger("tierwise.it.restart.port.offset", 250);
  private static final int SMTP_PORT = Integer.getInteger("tierwise.it.smtp.port", 3025);

  @ArquillianResource private ContainerController controller;
  @ArquillianResource private Deployer deployer;

  @Deployment(name = DEPLOYMENT, managed = false, testable = false)
  @TargetsContainer(CONTAINER)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  private static void awaitReady(Api api) throws InterruptedException {
    Instant end = Instant.now().plus(Duration.ofMinutes(3));
    while (Instant.now().isBefore(end)) {
      try {
        if (Api.anonymous().atPortOffset(PORT_OFFSET).get("status").status() == 200) {
          return;
        }
      } catch (RuntimeException notYet) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    throw new AssertionError("the restarted server did not become ready");
  }

  @Test
  void aDeliveryMissedWhileDownIsSentOnceAfterStart() throws Exception {
    TestDatabase.recreateSchema(System.getProperty("tierwise.it.restart.db.schema"));
    GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    try {
      controller.start(CONTAINER);
      deployer.deploy(DEPLOYMENT);
      Api admin = Api.admin().atPortOffset(PORT_OFFSET);
      awaitReady(admin);

      // A slot once a year, 75 seconds from now: it falls while the server is down.
      ZonedDateTime slot = ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(75).truncatedTo(ChronoUnit.SECONDS);
      String schedule =
          slot.getSecond() + " " + slot.getMinute() + " " + slot.getHour() + " " + slot.getDayOfMonth() + " "
              + slot.getMonthValue() + " *";
      Api.Response created =
          admin.postJson(
              "reports/subscriptions",
              "{\"report\":\"executive-tier\",\"format\":\"pdf\",\"locale\":\"en\",\"recipients\":[\"restart@it.example\"],"
                  + "\"schedule\":\"" + schedule + "\"}");
      assertEquals(201, created.status(), created.toString());
      long id = created.json().getJsonNumber("id").longValue();

      controller.stop(CONTAINER);
      long wait = Duration.between(Instant.now(), slot.toInstant()).toMillis() + 5_000;
      assertTrue(wait > 5_000, "the server stopped before the slot");
      Thread.sleep(wait);

      smtp.start();
      controller.start(CONTAINER); // the deployment comes back with the server
      awaitReady(admin);
      assertTrue(smtp.waitForIncomingEmail(120_000, 1), "the missed delivery is sent after the start");
      Thread.sleep(45_000); // another sweep and any late timer firing: still one mail
      assertEquals(1, smtp.getReceivedMessages().length, "sent once, never twice");

      JsonArray deliveries = admin.get("reports/subscriptions/" + id + "/deliveries").array();
      assertEquals(1, deliveries.size(), deliveries.toString());
      JsonObject delivery = deliveries.getJsonObject(0);
      assertEquals("SCHEDULE", delivery.getString("trigger"));
      assertEquals("SENT", delivery.getString("status"));
      assertEquals(slot.toInstant(), Instant.parse(delivery.getString("scheduledFor")));
    } finally {
      try {
        deployer.undeploy(DEPLOYMENT);
      } finally {
        controller.stop(CONTAINER);
        smtp.stop();
      }
    }
  }
}
