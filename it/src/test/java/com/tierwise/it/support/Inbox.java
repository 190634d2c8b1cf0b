package com.tierwise.it.support;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A real SMTP server in the test JVM (GreenMail) on the port the server under test sends to. */
public final class Inbox {

  public static final int SMTP_PORT = Integer.getInteger("tierwise.it.smtp.port", 3025);

  private static final Pattern SURVEY_LINK = Pattern.compile("https?://\\S+/survey\\?t=[A-Za-z0-9_-]{43}");

  private Inbox() {}

  /** A GreenMail extension for {@code @RegisterExtension static}, emptied before each test. */
  public static GreenMailExtension smtp() {
    return new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
        .withPerMethodLifecycle(true);
  }

  /** The survey link in an invitation mail. */
  public static String surveyLink(MimeMessage mail) {
    try {
      Matcher link = SURVEY_LINK.matcher(String.valueOf(mail.getContent()));
      if (!link.find()) {
        throw new AssertionError("No survey link in: " + mail.getContent());
      }
      return link.group();
    } catch (java.io.IOException | jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
