package com.tierwise.web.portal.customers;

import com.tierwise.customer.CustomerDetails;
import com.tierwise.customer.CustomerService;
import com.tierwise.customer.profile.CustomerActivity;
import com.tierwise.customer.profile.CustomerNote;
import com.tierwise.customer.profile.CustomerProfileService;
import com.tierwise.customer.profile.InvalidNoteException;
import com.tierwise.governance.AuditRecord;
import com.tierwise.governance.FieldChange;
import com.tierwise.governance.GovernanceService;
import com.tierwise.hic.HicService;
import com.tierwise.web.portal.shell.PortalMessages;
import com.tierwise.web.portal.shell.PortalRoles;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The customer 360: identity, both metrics and their percentiles, why this tier, the tier over
 * runs, overrides and HIC status, survey responses, open follow-ups and the team's notes.
 */
@Named
@ViewScoped
public class CustomerProfileView implements Serializable {

  private static final long serialVersionUID = 1L;

  static final int HISTORY_RUNS = 20;
  static final int ACTIVITY_ROWS = 50;

  @EJB private CustomerService customerService;
  @EJB private CustomerProfileService profiles;
  @EJB private HicService hic;
  @EJB private GovernanceService governance;

  /** The customer's high-impact membership, for display. */
  public record HicStatus(Date since, LocalDate reviewDue) implements Serializable {}

  /** One audited governance change about the customer, with each changed field "field: before → after". */
  public record AuditLine(
      Date at, String actor, String action, String subject, String subjectId, String remark, List<String> changes)
      implements Serializable {}

  /** From the URL: {@code customer.xhtml?id=<external id>}. */
  private String externalId;

  private CustomerDetail detail;
  private CustomerActivity activity;
  private List<CustomerNote> notes;
  private String tierChart;
  private String newNote;
  private HicStatus hicStatus;
  private List<AuditLine> audit;

  /** Called by f:viewAction once the id is set; an unknown id shows "not found", not an error page. */
  public void load() {
    Optional<CustomerDetails> found =
        externalId == null || externalId.isBlank() ? Optional.empty() : customerService.find(externalId.strip());
    if (found.isEmpty()) {
      detail = null;
      return;
    }
    CustomerDetails customer = found.get();
    detail =
        CustomerDetail.of(
            customer,
            customerService.explain(customer),
            customerService.tierHistory(customer.id(), HISTORY_RUNS));
    activity = profiles.activity(customer.id(), ACTIVITY_ROWS);
    notes = profiles.notes(customer.id(), ACTIVITY_ROWS);
    hicStatus =
        hic.membership(customer.externalId())
            .map(membership -> new HicStatus(Date.from(membership.since()), membership.reviewDue()))
            .orElse(null);
    List<AuditRecord> oldestFirst = governance.auditOfCustomer(customer.externalId());
    audit =
        IntStream.range(0, Math.min(ACTIVITY_ROWS, oldestFirst.size()))
            .mapToObj(i -> oldestFirst.get(oldestFirst.size() - 1 - i)) // newest first
            .map(
                record ->
                    new AuditLine(
                        Date.from(record.at()),
                        record.actor(),
                        record.action(),
                        record.subject(),
                        record.subjectId(),
                        record.remark(),
                        record.changes().stream().map(FieldChange::describe).toList()))
            .toList();
    FacesContext faces = FacesContext.getCurrentInstance();
    tierChart = TierHistoryChart.line(detail.history(), PortalMessages.locale(faces), (key) -> PortalMessages.text(faces, key));
  }

  public void addNote() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (detail == null) {
      return;
    }
    if (!PortalRoles.hasAny(faces.getExternalContext(), PortalRoles.WRITE_NOTES)) {
      PortalMessages.add(faces, FacesMessage.SEVERITY_ERROR, PortalMessages.text(faces, "profile.notes.forbidden"), null);
      return;
    }
    try {
      profiles.addNote(detail.customer().id(), newNote, faces.getExternalContext().getRemoteUser());
      newNote = null;
      notes = profiles.notes(detail.customer().id(), ACTIVITY_ROWS);
      PortalMessages.add(faces, FacesMessage.SEVERITY_INFO, PortalMessages.text(faces, "profile.notes.added"), null);
    } catch (InvalidNoteException invalid) {
      PortalMessages.add(
          faces,
          FacesMessage.SEVERITY_ERROR,
          PortalMessages.text(faces, "profile.notes.invalid." + invalid.code()),
          null);
    }
  }

  public boolean isMayWriteNotes() {
    return PortalRoles.hasAny(FacesContext.getCurrentInstance().getExternalContext(), PortalRoles.WRITE_NOTES);
  }

  public Instant getNow() {
    return Instant.now();
  }

  public String getExternalId() {
    return externalId;
  }

  public void setExternalId(String externalId) {
    this.externalId = externalId;
  }

  public CustomerDetail getDetail() {
    return detail;
  }

  public CustomerActivity getActivity() {
    return activity;
  }

  public List<CustomerNote> getNotes() {
    return notes;
  }

  /** Null when the customer is not an approved high-impact customer. */
  public HicStatus getHicStatus() {
    return hicStatus;
  }

  public List<AuditLine> getAudit() {
    return audit;
  }

  public String getTierChart() {
    return tierChart;
  }

  public String getNewNote() {
    return newNote;
  }

  public void setNewNote(String newNote) {
    this.newNote = newNote;
  }
}
