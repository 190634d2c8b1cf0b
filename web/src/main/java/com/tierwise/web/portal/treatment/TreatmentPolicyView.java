package com.tierwise.web.portal.treatment;

import com.tierwise.governance.AuditRecord;
import com.tierwise.governance.FieldChange;
import com.tierwise.governance.GovernanceService;
import com.tierwise.security.Role;
import com.tierwise.treatment.TreatmentPolicy;
import com.tierwise.treatment.TreatmentPolicyInvalidException;
import com.tierwise.treatment.TreatmentRule;
import com.tierwise.treatment.TreatmentService;
import com.tierwise.web.portal.shell.PortalMessages;
import com.tierwise.web.portal.shell.PortalRoles;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The treatment policy editor: one row per segment (HIC, A, B, C, UNTIERED). Editing is for the
 * roles of PUT /treatment/policy (ADMIN, GOVERNANCE_BOARD); everyone else reads.
 */
@Named
@ViewScoped
public class TreatmentPolicyView implements Serializable {

  private static final long serialVersionUID = 1L;

  static final Set<Role> EDIT = EnumSet.of(Role.ADMIN, Role.GOVERNANCE_BOARD);

  /** One segment's rule being edited. */
  public static class RuleRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String segment;
    private String route;
    private Integer firstResponseMinutes;
    private boolean automationAllowed;
    private Integer allocationPriority;
    private Integer paymentTermsDays;
    private boolean innovationPartnerEligible;

    static RuleRow of(TreatmentRule rule) {
      RuleRow row = new RuleRow();
      row.segment = rule.segment();
      row.route = rule.route();
      row.firstResponseMinutes = rule.firstResponseMinutes();
      row.automationAllowed = Boolean.TRUE.equals(rule.automationAllowed());
      row.allocationPriority = rule.allocationPriority();
      row.paymentTermsDays = rule.paymentTermsDays();
      row.innovationPartnerEligible = Boolean.TRUE.equals(rule.innovationPartnerEligible());
      return row;
    }

    TreatmentRule rule() {
      return new TreatmentRule(segment, route, firstResponseMinutes, automationAllowed, allocationPriority,
          paymentTermsDays, innovationPartnerEligible, null, null);
    }

    public boolean isHic() {
      return TreatmentRule.HIC.equals(segment);
    }

    public String getSegment() {
      return segment;
    }

    public String getRoute() {
      return route;
    }

    public void setRoute(String route) {
      this.route = route;
    }

    public Integer getFirstResponseMinutes() {
      return firstResponseMinutes;
    }

    public void setFirstResponseMinutes(Integer firstResponseMinutes) {
      this.firstResponseMinutes = firstResponseMinutes;
    }

    public boolean isAutomationAllowed() {
      return automationAllowed;
    }

    public void setAutomationAllowed(boolean automationAllowed) {
      this.automationAllowed = automationAllowed;
    }

    public Integer getAllocationPriority() {
      return allocationPriority;
    }

    public void setAllocationPriority(Integer allocationPriority) {
      this.allocationPriority = allocationPriority;
    }

    public Integer getPaymentTermsDays() {
      return paymentTermsDays;
    }

    public void setPaymentTermsDays(Integer paymentTermsDays) {
      this.paymentTermsDays = paymentTermsDays;
    }

    public boolean isInnovationPartnerEligible() {
      return innovationPartnerEligible;
    }

    public void setInnovationPartnerEligible(boolean innovationPartnerEligible) {
      this.innovationPartnerEligible = innovationPartnerEligible;
    }
  }

  /** Who may read the policy's audit, as GET /governance/audit/treatment-policy. */
  static final Set<Role> READ_AUDIT = EnumSet.of(Role.ADMIN, Role.GOVERNANCE_BOARD, Role.CX_ANALYST, Role.EXECUTIVE);

  static final int HISTORY_ROWS = 20;

  /** One saved change of the policy (Envers revision): when, who, each field "A.route: X → Y". */
  public record HistoryLine(Date at, String actor, List<String> changes) implements Serializable {}

  @EJB private TreatmentService treatment;
  @EJB private GovernanceService governance;

  private List<RuleRow> rules;
  private List<HistoryLine> history;

  @PostConstruct
  public void init() {
    rules = new ArrayList<>(treatment.policy().stream().map(RuleRow::of).toList());
    history = List.of();
    if (isAuditVisible()) {
      List<AuditRecord> oldestFirst = governance.auditOf(TreatmentService.AUDIT_SUBJECT, "policy");
      List<HistoryLine> newestFirst = new ArrayList<>();
      for (int i = oldestFirst.size() - 1; i >= 0 && newestFirst.size() < HISTORY_ROWS; i--) {
        AuditRecord record = oldestFirst.get(i);
        newestFirst.add(
            new HistoryLine(
                Date.from(record.at()), record.actor(), record.changes().stream().map(FieldChange::describe).toList()));
      }
      history = newestFirst;
    }
  }

  public boolean isAuditVisible() {
    return PortalRoles.hasAny(FacesContext.getCurrentInstance().getExternalContext(), READ_AUDIT);
  }

  public List<HistoryLine> getHistory() {
    return history;
  }

  public void save() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (!isEditable()) {
      return;
    }
    try {
      treatment.savePolicy(rules.stream().map(RuleRow::rule).toList(), faces.getExternalContext().getRemoteUser());
      init();
      PortalMessages.add(faces, FacesMessage.SEVERITY_INFO, PortalMessages.text(faces, "treatment.saved"), null);
    } catch (TreatmentPolicyInvalidException invalid) {
      PortalMessages.add(faces, FacesMessage.SEVERITY_ERROR, PortalMessages.text(faces, "treatment.invalid"),
          PortalMessages.text(faces, "common.serverSays", invalid.getMessage()));
      faces.validationFailed();
    }
  }

  public boolean isEditable() {
    return PortalRoles.hasAny(FacesContext.getCurrentInstance().getExternalContext(), EDIT);
  }

  public List<String> getRoutes() {
    return TreatmentPolicy.ROUTES;
  }

  public List<RuleRow> getRules() {
    return rules;
  }
}
