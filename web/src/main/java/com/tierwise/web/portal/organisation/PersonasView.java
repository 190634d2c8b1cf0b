package com.tierwise.web.portal.organisation;

import com.tierwise.organisation.persona.Persona;
import com.tierwise.organisation.persona.PersonaChannel;
import com.tierwise.organisation.persona.PersonaDraft;
import com.tierwise.organisation.persona.PersonaSegment;
import com.tierwise.organisation.persona.PersonaService;
import com.tierwise.web.portal.shell.PortalMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Personas as cards with an initials avatar; the CX roles add, edit and remove them. Needs,
 * motivations and frustrations are edited one per line.
 */
@Named
@ViewScoped
public class PersonasView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int PAGE = 200;

  @EJB private PersonaService personas;

  private List<Persona> list;
  private final OrganisationEditor editor = new OrganisationEditor("persona",
      List.of("name", "segment", "description", "needs", "motivations", "frustrations", "channels"));
  private Long editingId;
  private String name;
  private String segment;
  private String description;
  private String needs;
  private String motivations;
  private String frustrations;
  private List<String> channels = new ArrayList<>();

  @PostConstruct
  public void init() {
    list = personas.list(PAGE, 0);
  }

  public void newPersona() {
    open(null);
  }

  public void edit(long id) {
    open(list.stream().filter(persona -> persona.id() == id).findFirst().orElse(null));
  }

  private void open(Persona persona) {
    editor.open();
    editingId = persona == null ? null : persona.id();
    name = persona == null ? null : persona.name();
    segment = persona == null ? PersonaSegment.OTHER.name() : persona.segment().name();
    description = persona == null ? null : persona.description();
    needs = persona == null ? null : String.join("\n", persona.needs());
    motivations = persona == null ? null : String.join("\n", persona.motivations());
    frustrations = persona == null ? null : String.join("\n", persona.frustrations());
    channels = persona == null ? new ArrayList<>() : new ArrayList<>(persona.channels().stream().map(Enum::name).toList());
  }

  public void cancel() {
    editor.close();
  }

  public void save() {
    if (!isEditable()) {
      return;
    }
    PersonaDraft draft =
        new PersonaDraft(name, segment, description, lines(needs), lines(motivations), lines(frustrations), channels);
    Long id = editingId;
    editor.apply(
        user -> id == null ? personas.create(draft, user) : personas.update(id, draft, user),
        this::init,
        saved -> PortalMessages.text(FacesContext.getCurrentInstance(), "persona.saved", saved.name()));
  }

  public void delete(long id) {
    if (!isEditable()) {
      return;
    }
    editor.remove(user -> personas.delete(id, user), this::init, "persona.deleted");
  }

  /** One item per non-empty line. */
  static List<String> lines(String text) {
    if (text == null) {
      return List.of();
    }
    return Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
  }

  public boolean isEditable() {
    return OrganisationRoles.canEdit();
  }

  /** A user name inside a sentence, isolated so it reads right in Arabic and Persian too. */
  public String who(String user) {
    return Dates.isolate(user);
  }

  public String when(Instant at) {
    return Dates.format(at);
  }

  /** A stable colour for the avatar, from the name (one of eight). */
  public int hue(Persona persona) {
    return Math.floorMod(persona.name().hashCode(), 8);
  }

  public List<String> getSegments() {
    return Arrays.stream(PersonaSegment.values()).map(Enum::name).toList();
  }

  public List<String> getChannelChoices() {
    return Arrays.stream(PersonaChannel.values()).map(Enum::name).toList();
  }

  public List<Persona> getList() {
    return list;
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

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getSegment() {
    return segment;
  }

  public void setSegment(String segment) {
    this.segment = segment;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getNeeds() {
    return needs;
  }

  public void setNeeds(String needs) {
    this.needs = needs;
  }

  public String getMotivations() {
    return motivations;
  }

  public void setMotivations(String motivations) {
    this.motivations = motivations;
  }

  public String getFrustrations() {
    return frustrations;
  }

  public void setFrustrations(String frustrations) {
    this.frustrations = frustrations;
  }

  public List<String> getChannels() {
    return channels;
  }

  public void setChannels(List<String> channels) {
    this.channels = channels;
  }
}
