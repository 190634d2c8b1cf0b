package com.tierwise.web.portal.reports;

import com.tierwise.reports.RenderedReport;
import com.tierwise.reports.ReportLocales;
import com.tierwise.reports.ReportName;
import com.tierwise.reports.ReportPeriod;
import com.tierwise.reports.ReportRequest;
import com.tierwise.reports.ReportService;
import com.tierwise.reports.delivery.ArchivedReport;
import com.tierwise.reports.delivery.Delivery;
import com.tierwise.reports.rendering.ReportFormat;
import com.tierwise.reports.subscription.Subscription;
import com.tierwise.reports.subscription.SubscriptionRefusedException;
import com.tierwise.reports.subscription.SubscriptionRequest;
import com.tierwise.reports.subscription.SubscriptionService;
import com.tierwise.web.portal.shell.LocaleSelection;
import com.tierwise.web.portal.shell.PortalMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The reports page (EXECUTIVE, CX_ANALYST, ADMIN by web.xml): run a report now and preview or
 * download it, manage subscriptions, and follow deliveries with their archived files.
 */
@Named
@ViewScoped
public class ReportsView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Deliveries listed, newest first. */
  static final int DELIVERIES_SHOWN = 50;

  @EJB private ReportService reportService;
  @EJB private SubscriptionService subscriptionService;
  @Inject private LocaleSelection localeSelection;

  private String report = ReportName.EXECUTIVE_TIER.slug();
  private String format = "pdf";
  private String language;

  private String newReport = ReportName.EXECUTIVE_TIER.slug();
  private String newFormat = "pdf";
  private String newLanguage;
  private String newRecipients;
  private String newSchedule = "WEEKLY";
  private boolean newOnlyWhenChanged;

  private List<Subscription> subscriptions;
  private List<Delivery> deliveries;

  @PostConstruct
  public void init() {
    language = localeSelection.getLanguage();
    if (!ReportLocales.SUPPORTED.contains(language)) {
      language = "en";
    }
    newLanguage = language;
    load();
  }

  public void load() {
    subscriptions = subscriptionService.list(500, 0);
    deliveries = subscriptionService.deliveries(null, DELIVERIES_SHOWN, 0);
  }

  /** The report rendered now, shown in the browser (PDF) or saved (XLSX). */
  public StreamedContent getRendered() {
    RenderedReport rendered =
        reportService.render(
            new ReportRequest(
                ReportName.parse(report).orElseThrow(),
                ReportFormat.parse(format).orElseThrow(),
                Locale.forLanguageTag(language),
                ReportPeriod.endingAt(Clock.systemUTC().instant())));
    return DefaultStreamedContent.builder()
        .name(rendered.fileName())
        .contentType(rendered.contentType())
        .contentLength((long) rendered.content().length)
        .stream(() -> new ByteArrayInputStream(rendered.content()))
        .build();
  }

  public StreamedContent archive(long deliveryId) {
    ArchivedReport file = subscriptionService.archive(deliveryId);
    return DefaultStreamedContent.builder()
        .name(file.fileName())
        .contentType(file.contentType())
        .contentLength((long) file.content().length)
        .stream(() -> new ByteArrayInputStream(file.content()))
        .build();
  }

  public void subscribe() {
    FacesContext faces = FacesContext.getCurrentInstance();
    List<String> recipients =
        newRecipients == null
            ? List.of()
            : Arrays.stream(newRecipients.split("[,;\\n]")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    try {
      Subscription created =
          subscriptionService.create(
              new SubscriptionRequest(newReport, newFormat, newLanguage, recipients, newSchedule, newOnlyWhenChanged),
              faces.getExternalContext().getRemoteUser());
      PortalMessages.add(
          faces, FacesMessage.SEVERITY_INFO, PortalMessages.text(faces, "reports.create.done", created.id()), "");
      newRecipients = null;
      load();
    } catch (SubscriptionRefusedException refused) {
      PortalMessages.add(
          faces,
          FacesMessage.SEVERITY_ERROR,
          PortalMessages.text(faces, "reports.create.invalid"),
          PortalMessages.text(faces, "common.serverSays", String.join("; ", refused.problems())));
      faces.validationFailed();
    }
  }

  public void delete(long id) {
    FacesContext faces = FacesContext.getCurrentInstance();
    subscriptionService.delete(id, faces.getExternalContext().getRemoteUser());
    PortalMessages.add(faces, FacesMessage.SEVERITY_INFO, PortalMessages.text(faces, "reports.deleted", id), "");
    load();
  }

  public void sendNow(long id) {
    FacesContext faces = FacesContext.getCurrentInstance();
    Delivery delivery = subscriptionService.sendNow(id, faces.getExternalContext().getRemoteUser());
    PortalMessages.add(
        faces, FacesMessage.SEVERITY_INFO, PortalMessages.text(faces, "reports.sent", delivery.id()), "");
    load();
  }

  /** A time in the reader's language and time zone (f:convertDateTime does not take Instant styles). */
  public String when(java.time.Instant instant) {
    if (instant == null) {
      return "";
    }
    return java.time.format.DateTimeFormatter.ofLocalizedDateTime(
            java.time.format.FormatStyle.MEDIUM, java.time.format.FormatStyle.SHORT)
        .withLocale(localeSelection.getLocale())
        .withZone(localeSelection.getTimeZone().toZoneId())
        .format(instant);
  }

  public List<String> getReports() {
    return Arrays.stream(ReportName.values()).map(ReportName::slug).toList();
  }

  public List<String> getLanguages() {
    return ReportLocales.SUPPORTED;
  }

  public List<Subscription> getSubscriptions() {
    return subscriptions;
  }

  public List<Delivery> getDeliveries() {
    return deliveries;
  }

  public String getReport() {
    return report;
  }

  public void setReport(String report) {
    this.report = report;
  }

  public String getFormat() {
    return format;
  }

  public void setFormat(String format) {
    this.format = format;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public String getNewReport() {
    return newReport;
  }

  public void setNewReport(String newReport) {
    this.newReport = newReport;
  }

  public String getNewFormat() {
    return newFormat;
  }

  public void setNewFormat(String newFormat) {
    this.newFormat = newFormat;
  }

  public String getNewLanguage() {
    return newLanguage;
  }

  public void setNewLanguage(String newLanguage) {
    this.newLanguage = newLanguage;
  }

  public String getNewRecipients() {
    return newRecipients;
  }

  public void setNewRecipients(String newRecipients) {
    this.newRecipients = newRecipients;
  }

  public String getNewSchedule() {
    return newSchedule;
  }

  public void setNewSchedule(String newSchedule) {
    this.newSchedule = newSchedule;
  }

  public boolean isNewOnlyWhenChanged() {
    return newOnlyWhenChanged;
  }

  public void setNewOnlyWhenChanged(boolean newOnlyWhenChanged) {
    this.newOnlyWhenChanged = newOnlyWhenChanged;
  }
}
