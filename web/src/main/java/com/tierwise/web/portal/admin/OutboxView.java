package com.tierwise.web.portal.admin;

import com.tierwise.platform.mail.OutboxAdministration;
import com.tierwise.platform.mail.OutboxMessage;
import com.tierwise.platform.mail.OutboxStatus;
import com.tierwise.web.portal.shell.PortalMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * Outgoing governance mail for administrators: what waits for a retry and why, what gave up
 * (with "send again"), and what was sent. Report deliveries have their own history on the
 * Reports page.
 */
@Named
@ViewScoped
public class OutboxView implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int LIMIT = 200;

  /** One message as shown; dates as {@link Date} for f:convertDateTime. */
  public record Row(
      long id, String purpose, String recipients, String subject, String status, int attempts, Date nextAttemptAt,
      String lastError, Date createdAt, Date sentAt) implements Serializable {

    static Row of(OutboxMessage m) {
      return new Row(m.id(), m.purpose(), String.join(", ", m.recipients()), m.subject(), m.status().name(),
          m.attempts(), date(m.nextAttemptAt()), m.lastError(), date(m.createdAt()), date(m.sentAt()));
    }

    private static Date date(Instant instant) {
      return instant == null ? null : Date.from(instant);
    }

    public boolean isFailed() {
      return OutboxStatus.FAILED.name().equals(status);
    }

    public boolean isWaiting() {
      return OutboxStatus.PENDING.name().equals(status) && attempts > 0;
    }
  }

  @EJB private OutboxAdministration outbox;

  private String status;
  private List<Row> rows = List.of();
  private long total;
  private long failed;
  private long waiting;

  @PostConstruct
  public void init() {
    load();
  }

  public void load() {
    Optional<OutboxStatus> filter =
        status == null || status.isBlank() ? Optional.empty() : Optional.of(OutboxStatus.valueOf(status));
    rows = outbox.list(filter, LIMIT, 0).stream().map(Row::of).toList();
    total = outbox.count(filter);
    failed = outbox.count(Optional.of(OutboxStatus.FAILED));
    waiting = outbox.count(Optional.of(OutboxStatus.PENDING));
  }

  public void sendAgain(long id) {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (outbox.sendAgain(id)) {
      PortalMessages.add(faces, FacesMessage.SEVERITY_INFO, PortalMessages.text(faces, "outbox.resent", id), null);
    } else {
      PortalMessages.add(faces, FacesMessage.SEVERITY_WARN, PortalMessages.text(faces, "outbox.notFailed", id), null);
    }
    load();
  }

  public List<String> getStatuses() {
    return java.util.Arrays.stream(OutboxStatus.values()).map(Enum::name).toList();
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public List<Row> getRows() {
    return rows;
  }

  public long getTotal() {
    return total;
  }

  public long getFailed() {
    return failed;
  }

  public long getWaiting() {
    return waiting;
  }
}
