package com.tierwise.platform.mail;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.activation.DataHandler;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import com.tierwise.platform.TierwiseConfig;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends mail through the server's default mail session, which the server configuration points at
 * TIERWISE_SMTP_HOST/PORT with TIERWISE_MAIL_FROM as the sender. With TIERWISE_SMTP_USER (and
 * TIERWISE_SMTP_PASSWORD) set, each send logs in with them; without, it is plain SMTP. The
 * credentials are applied here rather than on the server's mail session: WildFly's smtp-server
 * {@code username}/{@code password} accept expressions but have a minimum length of 1 and switch
 * authentication on whenever defined, so one configuration cannot mean "log in only when
 * TIERWISE_SMTP_USER is set"; plain no-auth SMTP must keep working when it is not.
 * Sending is synchronous and throws on failure, so callers decide about retries.
 *
 * <p>The session is the portable reference {@code mail/tierwise}; each server maps it in its own
 * descriptor of the EJB module: {@code META-INF/jboss-ejb3.xml} to WildFly's
 * {@code java:jboss/mail/Default}, {@code META-INF/glassfish-ejb-jar.xml} to Payara's mail
 * resource {@code mail/tierwise}. Everything else sends mail through this bean.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class Mailer {

  /** The resource reference mapped by the server-specific descriptors. */
  public static final String MAIL_SESSION = "mail/tierwise";

  @Resource(name = MAIL_SESSION)
  private Session session;

  @Inject
  @ConfigProperty(name = TierwiseConfig.SMTP_USER)
  Optional<String> user;

  @Inject
  @ConfigProperty(name = TierwiseConfig.SMTP_PASSWORD)
  Optional<String> password;

  public void send(OutgoingMail mail) throws MessagingException {
    MimeMessage message = new MimeMessage(session);
    message.setFrom();
    for (String recipient : mail.recipients()) {
      message.addRecipient(MimeMessage.RecipientType.TO, new InternetAddress(recipient, true));
    }
    message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
    message.setSentDate(Date.from(Instant.now()));
    if (mail.attachments().isEmpty()) {
      message.setText(mail.text(), StandardCharsets.UTF_8.name());
    } else {
      MimeMultipart parts = new MimeMultipart();
      MimeBodyPart body = new MimeBodyPart();
      body.setText(mail.text(), StandardCharsets.UTF_8.name());
      parts.addBodyPart(body);
      for (OutgoingMail.Attachment attachment : mail.attachments()) {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(
            new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.contentType())));
        part.setFileName(attachment.fileName());
        parts.addBodyPart(part);
      }
      message.setContent(parts);
    }
    Optional<String> login = user.filter(name -> !name.isBlank());
    if (login.isPresent()) {
      Transport.send(message, login.get(), password.orElse(""));
    } else {
      Transport.send(message);
    }
  }
}
