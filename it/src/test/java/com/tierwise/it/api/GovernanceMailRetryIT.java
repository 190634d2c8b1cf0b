package com.tierwise.it.api;

import static com.tierwise.it.support.Eventually.eventually;
import static com.tierwise.it.support.Nominations.nomination;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.tierwise.it.support.Api;
import com.tierwise.it.support.Deployments;
import com.tierwise.it.support.TestDatabase;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Governance mail goes through the outbox: when the SMTP server is down the deciders' mail waits,
 * visible with its error to administrators, and is delivered exactly once when the server is back.
 * The tests run with tierwise.mail.retry.seconds=5.
 */
@ExtendWith(ArquillianExtension.class)
class GovernanceMailRetryIT {

  private static final int SMTP_PORT = Integer.getInteger("tierwise.it.smtp.port", 3025);

  private final Api manager = Api.newUser("manager.outbox", "ACCOUNT_MANAGER");
  private final Api board = Api.newUserWithEmail("board.outbox", "board.outbox@it.example", "GOVERNANCE_BOARD");
  private final Api admin = Api.admin();
  private GreenMail smtp;

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  @BeforeEach
  void customers() {
    TestDatabase.resetCustomers();
    StringBuilder csv = new StringBuilder("external_id,name,business_value,cx_score\n");
    for (int i = 1; i <= 10; i++) {
      csv.append("M-").append(i).append(",Müşteri ").append(i).append(',').append(i).append(',').append(i).append('\n');
    }
    assertEquals(200, admin.post("customers/import", "text/csv", csv.toString()).status());
    assertEquals(201, admin.postJson("tiering/runs", "").status());
  }

  @AfterEach
  void stopMailServer() {
    if (smtp != null) {
      smtp.stop();
    }
  }

  @Test
  void deciderMailWaitsWhileTheMailServerIsDownAndIsDeliveredOnceWhenItReturns() throws Exception {
    long nomination = nominate("M-9");
    String subject = "HIC nomination " + nomination + " waits";

    JsonObject waiting =
        eventually(Duration.ofSeconds(30), () -> outboxMail(subject)
            .filter(m -> m.getInt("attempts") >= 1 && "PENDING".equals(m.getString("status")))
            .orElse(null));
    assertNotNull(waiting, "the mail waits in the outbox with its error");
    assertTrue(waiting.getString("lastError").contains("Exception"), "the reason is shown: " + waiting);
    assertTrue(waiting.getJsonArray("recipients").contains(jakarta.json.Json.createValue("board.outbox@it.example")),
        waiting.toString());
    assertEquals(403, manager.get("mail/outbox").status(), "administrators only");
    assertEquals(409, admin.postJson("mail/outbox/" + waiting.getJsonNumber("id") + "/resend", "").status(),
        "a message still being retried is not resent by hand");

    smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    JsonObject sent =
        eventually(Duration.ofSeconds(90), () -> outboxMail(subject)
            .filter(m -> "SENT".equals(m.getString("status"))).orElse(null));
    assertNotNull(sent, "sent once the mail server is back");
    assertTrue(sent.getInt("attempts") >= 2, sent.toString());
    Thread.sleep(6_000); // a further dispatcher pass must not send it again
    // GreenMail keeps one copy per recipient, all with the message's one Message-ID.
    List<MimeMessage> received =
        Arrays.stream(smtp.getReceivedMessages()).filter(m -> subjectOf(m).contains(subject)).toList();
    assertEquals(1, received.stream().map(GovernanceMailRetryIT::messageId).distinct().count(), "delivered exactly once");
    assertTrue(received.stream().anyMatch(m -> recipients(m).contains("board.outbox@it.example")), "to the decider");
  }

  private long nominate(String externalId) {
    Api.Response created = manager.postJson("hic/nominations", nomination(externalId, 4));
    assertEquals(201, created.status(), created.toString());
    return created.json().getJsonNumber("id").longValue();
  }

  private Optional<JsonObject> outboxMail(String subject) {
    return admin.get("mail/outbox?limit=50").array().stream()
        .map(JsonValue::asJsonObject)
        .filter(m -> m.getString("subject").contains(subject))
        .findFirst();
  }

  private static String messageId(MimeMessage message) {
    try {
      return message.getMessageID();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String recipients(MimeMessage message) {
    try {
      return Arrays.toString(message.getAllRecipients());
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String subjectOf(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

}
