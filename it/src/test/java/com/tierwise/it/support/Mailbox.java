package com.tierwise.it.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;

/** The SMTP server the server under test sends to (GreenMail), and look-ups in what it received. */
public final class Mailbox {

  private Mailbox() {}

  /**
   * One server for a whole test class: mail is sent asynchronously after commit, so a message of
   * one test may arrive while the next runs; tests look for their own by subject.
   */
  public static GreenMailExtension smtpServer() {
    return new GreenMailExtension(
            new ServerSetup(Integer.getInteger("tierwise.it.smtp.port", 3025), "127.0.0.1", "smtp"))
        .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
        .withPerMethodLifecycle(false);
  }

  /** The mails whose subject contains the text, waiting up to 20 s for at least the given number. */
  public static List<MimeMessage> about(GreenMailExtension smtp, String subjectPart, int atLeast)
      throws MessagingException, InterruptedException {
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (true) {
      List<MimeMessage> matching = new ArrayList<>();
      for (MimeMessage mail : smtp.getReceivedMessages()) {
        if (mail.getSubject().contains(subjectPart)) {
          matching.add(mail);
        }
      }
      if (matching.size() >= atLeast || System.nanoTime() > deadline) {
        assertTrue(matching.size() >= atLeast, "mails about \"" + subjectPart + "\": " + matching.size());
        return matching;
      }
      Thread.sleep(100);
    }
  }

  /** Every distinct recipient of the mails, sorted. */
  public static List<String> recipients(List<MimeMessage> mails) throws MessagingException {
    List<String> to = new ArrayList<>();
    for (MimeMessage mail : mails) {
      for (Address address : mail.getAllRecipients()) {
        to.add(address.toString());
      }
    }
    return to.stream().distinct().sorted().toList();
  }
}
