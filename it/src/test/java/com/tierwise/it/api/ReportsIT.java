package com.tierwise.it.api;

import static com.tierwise.it.support.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.tierwise.it.support.Api;
import com.tierwise.it.support.Deployments;
import com.tierwise.it.support.TestDatabase;
import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Executive reports over HTTP: rendering, subscriptions, mail through a real SMTP server, timers, retries. */
@ExtendWith(ArquillianExtension.class)
class ReportsIT {

  private static final int SMTP_PORT = Integer.getInteger("tierwise.it.smtp.port", 3025);

  private final Api executive = Api.newUser("exec.reports", "EXECUTIVE");
  private GreenMail smtp;

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  @BeforeEach
  void customersAndMailServer() {
    TestDatabase.resetCustomers();
    TestDatabase.execute("UPDATE report_subscription SET active = FALSE");
    StringBuilder csv = new StringBuilder("external_id,name,business_value,cx_score\n");
    for (int i = 1; i <= 40; i++) {
      csv.append("R-").append(i).append(",Müşteri İğdır ").append(i).append(',').append(i * 10).append(',').append(i % 9)
          .append('\n');
    }
    Api.Response imported = Api.admin().post("customers/import", "text/csv", csv.toString());
    assertEquals(200, imported.status(), imported.toString());
    // R-40 is the high-impact customer the executive report lists by name.
    TestDatabase.execute("UPDATE customer SET hic = TRUE WHERE external_id = 'R-40'");
    Api.Response run = Api.admin().postJson("tiering/runs", "");
    assertEquals(201, run.status(), run.toString());
    smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
  }

  @AfterEach
  void stopEverything() {
    TestDatabase.execute("UPDATE report_subscription SET active = FALSE");
    smtp.stop();
  }

  private static String pdfText(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC);
    }
  }

  @Test
  void executiveTierReportRendersAsPdfAndXlsx() throws Exception {
    HttpResponse<byte[]> pdf = executive.getBytes("reports/executive-tier?format=pdf&locale=tr");
    assertEquals(200, pdf.statusCode());
    assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
    String text = pdfText(pdf.body());
    assertTrue(text.contains("Yönetici segment raporu"), text);
    assertTrue(text.contains("Müşteri İğdır 40 (R-40)"), text);
    assertTrue(text.contains("Segment dağılımı"), text);
    // 40 customers, CX 0..8 repeating: nobody reaches tier A, half are B and half C.
    assertTrue(text.contains("B 20 %50,0"), text);
    assertTrue(text.contains("Yüksek etkili müşteriler 1"), text);

    HttpResponse<byte[]> xlsx = executive.getBytes("reports/cx?format=xlsx&locale=fa");
    assertEquals(200, xlsx.statusCode());
    assertTrue(xlsx.headers().firstValue("Content-Type").orElse("").startsWith("application/vnd.openxmlformats"));
    StringBuilder sheet = new StringBuilder();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx.body()))) {
      for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        sheet.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    assertTrue(sheet.toString().contains("گزارش تجربه مشتری"));

    HttpResponse<byte[]> persian = executive.getBytes("reports/cx?format=pdf&locale=fa");
    String persianText = pdfText(persian.body());
    assertTrue(persianText.contains("تجربه") && persianText.contains("مشتری"), persianText);
  }

  @Test
  void badReportRequestsSayWhy() {
    Api.Response unknown = executive.get("reports/quarterly-bonus");
    assertEquals(404, unknown.status());
    assertTrue(unknown.json().getString("message").contains("executive-tier"), unknown.toString());
    Api.Response format = executive.get("reports/cx?format=docx");
    assertEquals(400, format.status());
    assertTrue(format.json().getString("message").contains("format must be pdf or xlsx"), format.toString());
    Api.Response locale = executive.get("reports/cx?locale=de");
    assertEquals(400, locale.status());
    assertTrue(locale.json().getString("message").contains("locale"), locale.toString());
    assertEquals(403, Api.newUser("manager.reports", "ACCOUNT_MANAGER").get("reports/cx").status());
    assertEquals(401, Api.anonymous().get("reports/cx").status());
  }

  @Test
  void badSubscriptionsAreRefusedWithEveryReason() {
    Api.Response refused =
        executive.postJson(
            "reports/subscriptions",
            "{\"report\":\"cx\",\"format\":\"doc\",\"locale\":\"en\",\"recipients\":[\"nobody-here\"],"
                + "\"schedule\":\"0 25 * * *\"}");
    assertEquals(422, refused.status(), refused.toString());
    String problems = refused.json().getJsonArray("problems").toString();
    assertTrue(problems.contains("format must be pdf or xlsx"), problems);
    assertTrue(problems.contains("hour field"), problems);
    assertTrue(problems.contains("nobody-here"), problems);
  }

  private long subscribe(String report, String locale, String schedule, String... recipients) {
    String list = String.join(",", Arrays.stream(recipients).map(r -> "\"" + r + "\"").toList());
    Api.Response created =
        executive.postJson(
            "reports/subscriptions",
            "{\"report\":\"" + report + "\",\"format\":\"pdf\",\"locale\":\"" + locale + "\",\"recipients\":[" + list
                + "],\"schedule\":\"" + schedule + "\"}");
    assertEquals(201, created.status(), created.toString());
    return created.json().getJsonNumber("id").longValue();
  }

  private static byte[] attachment(MimeMessage message) throws Exception {
    Multipart parts = (Multipart) message.getContent();
    for (int i = 0; i < parts.getCount(); i++) {
      BodyPart part = parts.getBodyPart(i);
      if (part.getFileName() != null) {
        assertTrue(part.getContentType().startsWith("application/pdf"), part.getContentType());
        return part.getInputStream().readAllBytes();
      }
    }
    throw new AssertionError("no attachment");
  }

  @Test
  void sendNowMailsThePdfToUsersAndAddressesAndArchivesIt() throws Exception {
    Api.Response user =
        Api.admin()
            .postJson(
                "users",
                "{\"username\":\"cfo.reports\",\"password\":\"pw-cfo-reports-2026!\",\"roles\":[\"EXECUTIVE\"],"
                    + "\"email\":\"cfo@it.example\"}");
    assertTrue(user.status() == 201 || user.status() == 409, user.toString());
    long id = subscribe("executive-tier", "tr", "WEEKLY", "cfo.reports", "board@it.example");
    Api.Response listed = executive.get("reports/subscriptions");
    assertTrue(listed.array().stream().anyMatch(s -> ((JsonObject) s).getJsonNumber("id").longValue() == id));

    Api.Response accepted = executive.post("reports/subscriptions/" + id + "/deliveries", "application/json", "");
    assertEquals(202, accepted.status(), accepted.toString());
    long delivery = accepted.json().getJsonNumber("id").longValue();

    assertTrue(smtp.waitForIncomingEmail(60_000, 1), "the mail reaches the SMTP server");
    Thread.sleep(1000);
    MimeMessage[] mails = smtp.getReceivedMessages();
    List<String> to = Arrays.stream(mails).map(m -> {
      try {
        return Arrays.toString(m.getAllRecipients());
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }).toList();
    assertTrue(to.toString().contains("cfo@it.example") && to.toString().contains("board@it.example"), to.toString());
    assertTrue(mails[0].getSubject().contains("Yönetici segment raporu"), mails[0].getSubject());
    byte[] pdf = attachment(mails[0]);
    assertTrue(pdfText(pdf).contains("Müşteri İğdır 40"));

    JsonObject sent =
        eventually(
            Duration.ofSeconds(20),
            () -> {
              JsonObject d = executive.get("reports/deliveries/" + delivery).json();
              return "SENT".equals(d.getString("status")) ? d : null;
            });
    assertEquals("SENT", sent.getString("status"), String.valueOf(sent));
    assertEquals(1, sent.getInt("attempts"));
    HttpResponse<byte[]> archived = executive.getBytes("reports/deliveries/" + delivery + "/report");
    assertEquals(200, archived.statusCode());
    assertTrue(new String(archived.body(), 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF"));

    assertEquals(204, executive.delete("reports/subscriptions/" + id).status());
    assertEquals(404, executive.get("reports/subscriptions/" + id).status());
    assertEquals(200, executive.get("reports/deliveries/" + delivery).status(), "history outlives the subscription");
  }

  @Test
  void aCronScheduleFiresOnItsOwn() throws Exception {
    long id = subscribe("cx", "fa", "0/20 * * * * *", "ops@it.example");
    assertTrue(smtp.waitForIncomingEmail(90_000, 1), "the timer delivered the report");
    byte[] pdf = attachment(smtp.getReceivedMessages()[0]);
    assertTrue(pdfText(pdf).contains("تجربه"));
    Api.Response deliveries = executive.get("reports/subscriptions/" + id + "/deliveries");
    JsonObject first = deliveries.array().getJsonObject(deliveries.array().size() - 1);
    assertEquals("SCHEDULE", first.getString("trigger"));
    Instant slot = Instant.parse(first.getString("scheduledFor").replace("[UTC]", ""));
    assertEquals(0, slot.getEpochSecond() % 20, "the slot is one of the schedule's times: " + slot);
    assertEquals(204, executive.delete("reports/subscriptions/" + id).status());
  }

  @Test
  void aFailedSendIsRetriedAndVisible() throws Exception {
    long id = subscribe("executive-tier", "en", "MONTHLY", "retry@it.example");
    smtp.stop();
    long delivery = executive.post("reports/subscriptions/" + id + "/deliveries", "application/json", "").json()
        .getJsonNumber("id").longValue();
    JsonObject failed =
        eventually(
            Duration.ofSeconds(30),
            () -> {
              JsonObject d = executive.get("reports/deliveries/" + delivery).json();
              return "RETRYING".equals(d.getString("status")) ? d : null;
            });
    assertEquals("RETRYING", failed.getString("status"), String.valueOf(failed));
    assertEquals(1, failed.getInt("attempts"));
    assertTrue(failed.getString("lastError").contains("Exception"), failed.toString());
    assertTrue(failed.getString("fileName").endsWith(".pdf"), "archived even though the mail failed");

    smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    assertTrue(smtp.waitForIncomingEmail(90_000, 1), "the retry delivered the report");
    JsonObject sent =
        eventually(
            Duration.ofSeconds(20),
            () -> {
              JsonObject d = executive.get("reports/deliveries/" + delivery).json();
              return "SENT".equals(d.getString("status")) ? d : null;
            });
    assertEquals(2, sent.getInt("attempts"), String.valueOf(sent));
  }
}
