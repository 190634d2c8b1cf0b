package com.tierwise.platform.mail;

import java.util.List;
import java.util.Objects;

/**
 * One message to send: plain-text body, optional attachments.
 *
 * @param recipients addresses, at least one
 * @param subject subject line (any script; encoded as UTF-8)
 * @param text plain-text body
 * @param attachments files to attach, possibly none
 */
public record OutgoingMail(
    List<String> recipients, String subject, String text, List<Attachment> attachments) {

  public OutgoingMail {
    recipients = List.copyOf(recipients);
    if (recipients.isEmpty()) {
      throw new IllegalArgumentException("A mail needs at least one recipient");
    }
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(text, "text");
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }

  public static OutgoingMail text(List<String> recipients, String subject, String text) {
    return new OutgoingMail(recipients, subject, text, List.of());
  }

  /** An attached file. */
  public record Attachment(String fileName, String contentType, byte[] content) {}
}
