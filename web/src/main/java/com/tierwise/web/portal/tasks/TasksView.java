package com.tierwise.web.portal.tasks;

import com.tierwise.charter.Attribution;
import com.tierwise.charter.LifecycleStage;
import com.tierwise.closedloop.ClosedLoopService;
import com.tierwise.closedloop.CxTask;
import com.tierwise.closedloop.IllegalTaskTransitionException;
import com.tierwise.closedloop.InvalidOutcomeException;
import com.tierwise.closedloop.SurveyRepository;
import com.tierwise.closedloop.TaskFilter;
import com.tierwise.closedloop.TaskNotFoundException;
import com.tierwise.closedloop.TaskStatus;
import com.tierwise.web.portal.shell.PortalMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.primefaces.PrimeFaces;

/**
 * My tasks and the team's: the closed loop's follow-up calls and testimonial requests, most urgent
 * first, to claim and to complete with an outcome. The service enforces the transitions.
 */
@Named
@ViewScoped
public class TasksView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Rows shown at most; the REST API pages through the rest. */
  static final int LIMIT = 200;

  /** Whose tasks: the signed-in user's, the team queue's, or everybody's. */
  public enum Scope {
    MINE,
    TEAM,
    ALL
  }

  @EJB private ClosedLoopService closedLoop;

  private Scope scope = Scope.MINE;
  private TaskStatus status = TaskStatus.OPEN;
  private List<CxTask> tasks;
  private long total;
  private Long selected;
  private String outcome;
  private String assignee;
  /** What the follow-up found (issue 5, the charter): the stage that failed and whose half it was; optional. */
  private LifecycleStage foundStage;
  private Attribution foundAttribution;

  @PostConstruct
  public void init() {
    load();
  }

  public void load() {
    FacesContext faces = FacesContext.getCurrentInstance();
    String assignee =
        switch (scope) {
          case MINE -> faces.getExternalContext().getRemoteUser();
          case TEAM -> SurveyRepository.TEAM_QUEUE;
          case ALL -> null;
        };
    TaskFilter filter = new TaskFilter(null, status, assignee);
    tasks = closedLoop.tasks(filter, LIMIT, 0);
    total = closedLoop.taskCount(filter);
  }

  public void claim(long id) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      closedLoop.claim(id, faces.getExternalContext().getRemoteUser());
      PortalMessages.add(faces, FacesMessage.SEVERITY_INFO, PortalMessages.text(faces, "tasks.claimed"), null);
    } catch (TaskNotFoundException | IllegalTaskTransitionException e) {
      PortalMessages.add(faces, FacesMessage.SEVERITY_WARN, PortalMessages.text(faces, "tasks.changed"), null);
    }
    load();
  }

  /** Opens the completion or reassignment dialog for a task. */
  public void select(long id) {
    selected = id;
    outcome = null;
    assignee = null;
    foundStage = null;
    foundAttribution = null;
  }

  public void reassign() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (selected == null) {
      return;
    }
    try {
      closedLoop.reassign(selected, assignee, faces.getExternalContext().getRemoteUser());
      PortalMessages.add(faces, FacesMessage.SEVERITY_INFO, PortalMessages.text(faces, "tasks.reassigned"), null);
      PrimeFaces.current().ajax().addCallbackParam("reassigned", true);
      selected = null;
      load();
    } catch (InvalidOutcomeException e) {
      PortalMessages.add(faces, FacesMessage.SEVERITY_ERROR, PortalMessages.text(faces, "tasks.assignee.invalid"), null);
    } catch (TaskNotFoundException | IllegalTaskTransitionException e) {
      PortalMessages.add(faces, FacesMessage.SEVERITY_WARN, PortalMessages.text(faces, "tasks.changed"), null);
      PrimeFaces.current().ajax().addCallbackParam("reassigned", true);
      load();
    }
  }

  public void complete() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (selected == null) {
      return;
    }
    try {
      closedLoop.complete(
          selected, outcome, foundStage == null ? null : foundStage.name(),
          foundAttribution == null ? null : foundAttribution.name(), faces.getExternalContext().getRemoteUser());
      PortalMessages.add(faces, FacesMessage.SEVERITY_INFO, PortalMessages.text(faces, "tasks.completed"), null);
      PrimeFaces.current().ajax().addCallbackParam("completed", true);
      selected = null;
      load();
    } catch (InvalidOutcomeException e) {
      PortalMessages.add(faces, FacesMessage.SEVERITY_ERROR, PortalMessages.text(faces, "tasks.outcome.required"), null);
    } catch (TaskNotFoundException | IllegalTaskTransitionException e) {
      PortalMessages.add(faces, FacesMessage.SEVERITY_WARN, PortalMessages.text(faces, "tasks.changed"), null);
      PrimeFaces.current().ajax().addCallbackParam("completed", true);
      load();
    }
  }

  /** Null-safe: PrimeFaces evaluates a column's style class outside the rows too. */
  public boolean overdue(CxTask task) {
    return task != null && task.status() != TaskStatus.DONE && task.dueAt().isBefore(Instant.now(Clock.systemUTC()));
  }

  public List<LifecycleStage> getStages() {
    return List.of(LifecycleStage.values());
  }

  public List<Attribution> getAttributions() {
    return List.of(Attribution.values());
  }

  public LifecycleStage getFoundStage() {
    return foundStage;
  }

  public void setFoundStage(LifecycleStage foundStage) {
    this.foundStage = foundStage;
  }

  public Attribution getFoundAttribution() {
    return foundAttribution;
  }

  public void setFoundAttribution(Attribution foundAttribution) {
    this.foundAttribution = foundAttribution;
  }

  public List<Scope> getScopes() {
    return List.of(Scope.values());
  }

  public List<TaskStatus> getStatuses() {
    return List.of(TaskStatus.values());
  }

  public Scope getScope() {
    return scope;
  }

  public void setScope(Scope scope) {
    this.scope = scope;
  }

  public TaskStatus getStatus() {
    return status;
  }

  public void setStatus(TaskStatus status) {
    this.status = status;
  }

  public List<CxTask> getTasks() {
    return tasks;
  }

  public long getTotal() {
    return total;
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }

  public String getAssignee() {
    return assignee;
  }

  public void setAssignee(String assignee) {
    this.assignee = assignee;
  }

}
