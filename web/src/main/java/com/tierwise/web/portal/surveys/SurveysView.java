package com.tierwise.web.portal.surveys;

import com.tierwise.closedloop.Touchpoint;
import com.tierwise.security.Role;
import com.tierwise.survey.SurveyDefinition;
import com.tierwise.survey.SurveyDeliveryService;
import com.tierwise.survey.SurveyLocales;
import com.tierwise.survey.SurveyRefusedException;
import com.tierwise.survey.SurveyTexts;
import com.tierwise.web.portal.organisation.FieldErrors;
import com.tierwise.web.portal.shell.PortalMessages;
import com.tierwise.web.portal.shell.PortalRoles;
import com.tierwise.web.survey.SurveyPreview;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The survey definitions editor: one survey per touchpoint, its questions in every language with
 * a live preview of the public page (the same renderer, so RTL and the 0-10 scale are as sent),
 * the optional CSAT and CES items, its own contact-frequency window, and on/off. Everyone who may
 * read GET /surveys/definitions sees it; the roles of PUT (ADMIN, CX_ANALYST) edit.
 */
@Named
@ViewScoped
public class SurveysView implements Serializable {

  private static final long serialVersionUID = 1L;

  static final Set<Role> EDIT = EnumSet.of(Role.ADMIN, Role.CX_ANALYST);

  /** One language's texts in the editor. */
  public static class TextsForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private String title;
    private String npsQuestion;
    private String openQuestion;
    private String csatQuestion;
    private String cesQuestion;
    private String mailSubject;
    private String mailBody;

    static TextsForm of(SurveyTexts texts) {
      TextsForm form = new TextsForm();
      if (texts != null) {
        form.title = texts.title();
        form.npsQuestion = texts.npsQuestion();
        form.openQuestion = texts.openQuestion();
        form.csatQuestion = texts.csatQuestion();
        form.cesQuestion = texts.cesQuestion();
        form.mailSubject = texts.mailSubject();
        form.mailBody = texts.mailBody();
      }
      return form;
    }

    SurveyTexts texts() {
      return new SurveyTexts(title, npsQuestion, openQuestion, csatQuestion, cesQuestion, mailSubject, mailBody);
    }

    public String getTitle() {
      return title;
    }

    public void setTitle(String title) {
      this.title = title;
    }

    public String getNpsQuestion() {
      return npsQuestion;
    }

    public void setNpsQuestion(String npsQuestion) {
      this.npsQuestion = npsQuestion;
    }

    public String getOpenQuestion() {
      return openQuestion;
    }

    public void setOpenQuestion(String openQuestion) {
      this.openQuestion = openQuestion;
    }

    public String getCsatQuestion() {
      return csatQuestion;
    }

    public void setCsatQuestion(String csatQuestion) {
      this.csatQuestion = csatQuestion;
    }

    public String getCesQuestion() {
      return cesQuestion;
    }

    public void setCesQuestion(String cesQuestion) {
      this.cesQuestion = cesQuestion;
    }

    public String getMailSubject() {
      return mailSubject;
    }

    public void setMailSubject(String mailSubject) {
      this.mailSubject = mailSubject;
    }

    public String getMailBody() {
      return mailBody;
    }

    public void setMailBody(String mailBody) {
      this.mailBody = mailBody;
    }
  }

  @EJB private SurveyDeliveryService delivery;

  private List<SurveyDefinition> definitions;
  private int configuredWindow;

  private Touchpoint selected;
  private boolean csat;
  private boolean ces;
  private boolean active;
  private Integer window;
  private Map<String, TextsForm> texts;
  private String language;
  private FieldErrors errors = FieldErrors.none();

  @PostConstruct
  public void init() {
    definitions = delivery.definitions();
    configuredWindow = delivery.configuredContactWindowDays();
    language =
        SurveyLocales.parse(PortalMessages.locale(FacesContext.getCurrentInstance()).getLanguage())
            .orElse(SurveyLocales.DEFAULT);
    String asked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("touchpoint");
    Touchpoint.parse(asked).ifPresent(this::open);
  }

  public void select(String touchpoint) {
    Touchpoint.parse(touchpoint).ifPresent(this::open);
  }

  private void open(Touchpoint touchpoint) {
    SurveyDefinition definition =
        definitions.stream().filter(d -> d.touchpoint() == touchpoint).findFirst().orElse(null);
    if (definition == null) {
      return;
    }
    selected = touchpoint;
    csat = definition.csatEnabled();
    ces = definition.cesEnabled();
    active = definition.active();
    window = definition.contactWindowDays();
    texts = new LinkedHashMap<>();
    for (String locale : SurveyLocales.SUPPORTED) {
      texts.put(locale, TextsForm.of(definition.texts().get(locale)));
    }
    errors = FieldErrors.none();
  }

  public void close() {
    selected = null;
    errors = FieldErrors.none();
  }

  public void save() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (!isEditable() || selected == null) {
      return;
    }
    Map<String, SurveyTexts> drafted = new LinkedHashMap<>();
    texts.forEach((locale, form) -> drafted.put(locale, form.texts()));
    try {
      delivery.update(
          new SurveyDefinition(selected, csat, ces, drafted, active, window), faces.getExternalContext().getRemoteUser());
      errors = FieldErrors.none();
      definitions = delivery.definitions();
      PortalMessages.add(faces, FacesMessage.SEVERITY_INFO,
          PortalMessages.text(faces, "surveydef.saved", PortalMessages.text(faces, "touchpoint." + selected.name())), null);
    } catch (SurveyRefusedException refused) {
      errors = FieldErrors.of(refused.problems(), FieldErrors.portalWording(faces));
      String detail = String.join(" ", errors.unplaced(fields()));
      PortalMessages.add(faces, FacesMessage.SEVERITY_ERROR, PortalMessages.text(faces, "surveydef.invalid"),
          detail.isEmpty() ? null : PortalMessages.text(faces, "common.serverSays", detail));
      // Open the first language with a problem, so the editor sees it at once.
      SurveyLocales.SUPPORTED.stream().filter(this::hasErrors).findFirst().ifPresent(first -> {
        if (!hasErrors(language)) {
          language = first;
        }
      });
      faces.validationFailed();
    }
  }

  private static List<String> fields() {
    List<String> fields = new java.util.ArrayList<>(List.of("contactWindowDays"));
    for (String locale : SurveyLocales.SUPPORTED) {
      for (String field : List.of("title", "npsQuestion", "openQuestion", "csatQuestion", "cesQuestion", "mailSubject", "mailBody")) {
        fields.add("texts." + locale + "." + field);
      }
      fields.add("texts." + locale);
    }
    return fields;
  }

  /** Whether a language has problems: its button is marked, whichever language is shown. */
  public boolean hasErrors(String locale) {
    return errors.getMap().keySet().stream().anyMatch(key -> key.equals("texts." + locale) || key.startsWith("texts." + locale + "."));
  }

  /** The public page as a customer reading {@link #getLanguage} would see it now. */
  public String getPreviewHtml() {
    if (selected == null) {
      return "";
    }
    return SurveyPreview.html(language, csat, ces, texts.get(language).texts());
  }

  public boolean isEditable() {
    return PortalRoles.hasAny(FacesContext.getCurrentInstance().getExternalContext(), EDIT);
  }

  public boolean isRightToLeft() {
    return SurveyLocales.rightToLeft(language);
  }

  public int effectiveWindow(SurveyDefinition definition) {
    return definition.contactWindowDays(configuredWindow);
  }

  public int getConfiguredWindow() {
    return configuredWindow;
  }

  public List<SurveyDefinition> getDefinitions() {
    return definitions;
  }

  public List<String> getLocales() {
    return SurveyLocales.SUPPORTED;
  }

  public String getSelected() {
    return selected == null ? null : selected.name();
  }

  public Map<String, TextsForm> getTexts() {
    return texts;
  }

  /** The language tab shown (and previewed): its index among en, tr, ar, fa. */
  public int getLanguageIndex() {
    return SurveyLocales.SUPPORTED.indexOf(language);
  }

  public void setLanguageIndex(int index) {
    if (index >= 0 && index < SurveyLocales.SUPPORTED.size()) {
      language = SurveyLocales.SUPPORTED.get(index);
    }
  }

  /** A language tab was opened: preview that language. */
  public void onTab(org.primefaces.event.TabChangeEvent<?> event) {
    String id = event.getTab().getId();
    setLanguage(id.substring(id.lastIndexOf('_') + 1));
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    if (SurveyLocales.SUPPORTED.contains(language)) {
      this.language = language;
    }
  }

  public boolean isCsat() {
    return csat;
  }

  public void setCsat(boolean csat) {
    this.csat = csat;
  }

  public boolean isCes() {
    return ces;
  }

  public void setCes(boolean ces) {
    this.ces = ces;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public Integer getWindow() {
    return window;
  }

  public void setWindow(Integer window) {
    this.window = window;
  }

  public FieldErrors getErrors() {
    return errors;
  }
}
