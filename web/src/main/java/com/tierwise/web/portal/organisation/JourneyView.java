package com.tierwise.web.portal.organisation;

import com.tierwise.charter.LifecycleStage;
import com.tierwise.closedloop.Touchpoint;
import com.tierwise.organisation.journey.JourneyDraft;
import com.tierwise.organisation.journey.JourneyEntry;
import com.tierwise.organisation.journey.JourneyGrid;
import com.tierwise.organisation.journey.JourneyOwner;
import com.tierwise.organisation.journey.JourneyService;
import com.tierwise.organisation.journey.JourneyTouchpoint;
import com.tierwise.organisation.persona.Persona;
import com.tierwise.organisation.persona.PersonaService;
import com.tierwise.web.portal.shell.PortalMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The journey map: lifecycle stages as columns, the owning sides (marketing, service) as rows,
 * touchpoints in the cells with their personas and the live NPS of the last 90 days where a
 * survey is asked. The CX roles add, edit and remove touchpoints.
 */
@Named
@ViewScoped
public class JourneyView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private JourneyService journey;
  @EJB private PersonaService personas;

  private JourneyGrid grid;
  private List<Persona> personaChoices;
  private final OrganisationEditor editor = new OrganisationEditor("journey",
      List.of("stage", "touchpoint", "label", "owner", "survey", "position", "personaIds"));
  private Long editingId;
  private String stage;
  private String touchpoint;
  private String label;
  private String owner;
  private String survey;
  private Integer position;
  private List<Long> personaIds = new ArrayList<>();

  @PostConstruct
  public void init() {
    grid = journey.grid();
    personaChoices = personas.list(500, 0);
  }

  public void newTouchpoint() {
    open(null);
  }

  public void edit(long id) {
    open(grid.lanes().stream()
        .flatMap(lane -> lane.cells().stream())
        .flatMap(cell -> cell.entries().stream())
        .map(JourneyEntry::touchpoint)
        .filter(t -> t.id() == id)
        .findFirst()
        .orElse(null));
  }

  private void open(JourneyTouchpoint existing) {
    editor.open();
    editingId = existing == null ? null : existing.id();
    stage = existing == null ? LifecycleStage.INTEREST.name() : existing.stage().name();
    touchpoint = existing == null || existing.touchpoint() == null ? null : existing.touchpoint().name();
    label = existing == null ? null : existing.label();
    owner = existing == null ? JourneyOwner.CCBMX.name() : existing.owner().name();
    survey = existing == null || existing.survey() == null ? null : existing.survey().name();
    position = existing == null ? 0 : existing.position();
    personaIds = existing == null ? new ArrayList<>() : new ArrayList<>(existing.personaIds());
  }

  public void cancel() {
    editor.close();
  }

  public void save() {
    if (!isEditable()) {
      return;
    }
    JourneyDraft draft = new JourneyDraft(stage, touchpoint, label, owner, survey, position, personaIds);
    Long id = editingId;
    editor.apply(
        user -> id == null ? journey.create(draft, user) : journey.update(id, draft, user),
        this::init,
        saved -> PortalMessages.text(FacesContext.getCurrentInstance(), "journey.saved"));
  }

  public void delete(long id) {
    if (!isEditable()) {
      return;
    }
    editor.remove(user -> journey.delete(id, user), this::init, "journey.deleted");
  }

  public boolean isEditable() {
    return OrganisationRoles.canEdit();
  }

  public JourneyGrid getGrid() {
    return grid;
  }

  public int getNpsDays() {
    return JourneyService.NPS_DAYS;
  }

  public List<Persona> getPersonaChoices() {
    return personaChoices;
  }

  public List<String> getStages() {
    return Arrays.stream(LifecycleStage.values()).map(Enum::name).toList();
  }

  public List<String> getOwners() {
    return Arrays.stream(JourneyOwner.values()).map(Enum::name).toList();
  }

  public List<String> getTouchpoints() {
    return Arrays.stream(Touchpoint.values()).map(Enum::name).toList();
  }

  public boolean isEditing() {
    return editor.isOpen();
  }

  public boolean isCreating() {
    return editingId == null;
  }

  public FieldErrors getErrors() {
    return editor.getErrors();
  }

  public String getStage() {
    return stage;
  }

  public void setStage(String stage) {
    this.stage = stage;
  }

  public String getTouchpoint() {
    return touchpoint;
  }

  public void setTouchpoint(String touchpoint) {
    this.touchpoint = touchpoint;
  }

  public String getLabel() {
    return label;
  }

  public void setLabel(String label) {
    this.label = label;
  }

  public String getOwner() {
    return owner;
  }

  public void setOwner(String owner) {
    this.owner = owner;
  }

  public String getSurvey() {
    return survey;
  }

  public void setSurvey(String survey) {
    this.survey = survey;
  }

  public Integer getPosition() {
    return position;
  }

  public void setPosition(Integer position) {
    this.position = position;
  }

  public List<Long> getPersonaIds() {
    return personaIds;
  }

  public void setPersonaIds(List<Long> personaIds) {
    this.personaIds = personaIds;
  }
}
