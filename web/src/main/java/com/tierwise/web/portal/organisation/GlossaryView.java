package com.tierwise.web.portal.organisation;

import com.tierwise.organisation.glossary.GlossaryService;
import com.tierwise.organisation.glossary.GlossaryTerm;
import com.tierwise.organisation.glossary.SeeAlso;
import com.tierwise.organisation.glossary.TermDraft;
import com.tierwise.organisation.glossary.TermText;
import com.tierwise.survey.SurveyLocales;
import com.tierwise.web.portal.shell.PortalMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The glossary page: search in any language and script (Turkish İ/ı, Arabic and Persian letter
 * forms fold together), each term in the reader's language with its related terms and links;
 * the CX roles add, edit and remove terms, with every problem shown at its field and language.
 */
@Named
@ViewScoped
public class GlossaryView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int PAGE = 500;

  /** One language's texts in the editor. */
  public static class TextForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private String name;
    private String definition;

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getDefinition() {
      return definition;
    }

    public void setDefinition(String definition) {
      this.definition = definition;
    }
  }

  /** One "see also" link in the editor. */
  public static class LinkForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private String label;
    private String url;

    public String getLabel() {
      return label;
    }

    public void setLabel(String label) {
      this.label = label;
    }

    public String getUrl() {
      return url;
    }

    public void setUrl(String url) {
      this.url = url;
    }
  }

  @EJB private GlossaryService glossary;

  private String query;
  private List<GlossaryTerm> terms;
  private long total;
  private Map<String, String> names;

  // The editor; `existingSlug` is null for a new term.
  private final OrganisationEditor editor = new OrganisationEditor("glossary", editorFields());
  private String existingSlug;
  private String slug;
  private Map<String, TextForm> texts;
  private List<String> related;
  private List<LinkForm> links;

  @PostConstruct
  public void init() {
    search();
  }

  public void search() {
    var page = glossary.search(query, language(), PAGE, 0);
    terms = page.terms();
    total = page.total();
    names = new LinkedHashMap<>();
    for (GlossaryTerm term : glossary.search(null, language(), Integer.MAX_VALUE, 0).terms()) {
      names.put(term.slug(), term.text(language()).name());
    }
  }

  public void newTerm() {
    open(null);
  }

  public void edit(String termSlug) {
    open(terms.stream().filter(term -> term.slug().equals(termSlug)).findFirst().orElse(null));
  }

  private void open(GlossaryTerm term) {
    editor.open();
    existingSlug = term == null ? null : term.slug();
    slug = existingSlug;
    texts = new LinkedHashMap<>();
    for (String locale : SurveyLocales.SUPPORTED) {
      TextForm form = new TextForm();
      if (term != null && term.texts().containsKey(locale)) {
        form.name = term.texts().get(locale).name();
        form.definition = term.texts().get(locale).definition();
      }
      texts.put(locale, form);
    }
    related = term == null ? new ArrayList<>() : new ArrayList<>(term.related());
    links = new ArrayList<>();
    if (term != null) {
      for (SeeAlso link : term.seeAlso()) {
        LinkForm form = new LinkForm();
        form.label = link.label();
        form.url = link.url();
        links.add(form);
      }
    }
  }

  public void addLink() {
    links.add(new LinkForm());
  }

  public void removeLink(LinkForm link) {
    links.remove(link);
  }

  public void cancel() {
    editor.close();
  }

  public void save() {
    if (!isEditable()) {
      return;
    }
    Map<String, TermText> drafted = new LinkedHashMap<>();
    texts.forEach((locale, form) -> drafted.put(locale, new TermText(form.name, form.definition)));
    List<SeeAlso> seeAlso =
        links.stream()
            .filter(link -> !(blank(link.label) && blank(link.url)))
            .map(link -> new SeeAlso(link.label, link.url))
            .toList();
    TermDraft draft = new TermDraft(slug, drafted, related, seeAlso);
    String existing = existingSlug;
    editor.apply(
        user -> existing == null ? glossary.create(draft, user) : glossary.update(existing, draft, user),
        this::search,
        saved -> PortalMessages.text(FacesContext.getCurrentInstance(), "glossary.saved", saved.text(language()).name()));
  }

  public void delete(String termSlug) {
    if (!isEditable()) {
      return;
    }
    editor.remove(user -> glossary.delete(termSlug, user), this::search, "glossary.deleted");
  }

  /** The fields the editor shows problems at: the slug, the links and each language's texts. */
  private static List<String> editorFields() {
    List<String> fields = new ArrayList<>(List.of("slug", "related", "seeAlso"));
    for (String locale : SurveyLocales.SUPPORTED) {
      fields.add("texts." + locale + ".name");
      fields.add("texts." + locale + ".definition");
    }
    return fields;
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  /** The reader's language among the glossary's (the portal's) languages. */
  public String language() {
    return SurveyLocales.parse(PortalMessages.locale(FacesContext.getCurrentInstance()).getLanguage())
        .orElse(SurveyLocales.DEFAULT);
  }

  public boolean isEditable() {
    return OrganisationRoles.canEdit();
  }

  /** The name of a related term in the reader's language (the slug when it is gone). */
  public String name(String termSlug) {
    return names.getOrDefault(termSlug, termSlug);
  }

  /** Portal pages are relative to the application; other links are used as they are. */
  public String href(String url) {
    return url.startsWith("/")
        ? FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + url
        : url;
  }

  /** A user name inside a sentence, isolated so it reads right in Arabic and Persian too. */
  public String who(String user) {
    return Dates.isolate(user);
  }

  public String when(java.time.Instant at) {
    return Dates.format(at);
  }

  public boolean rightToLeft(String locale) {
    return SurveyLocales.rightToLeft(locale);
  }

  public List<String> getLocales() {
    return SurveyLocales.SUPPORTED;
  }

  /** Every term (slug -> name in the reader's language), for the related-terms picker. */
  public Map<String, String> getNames() {
    return names;
  }

  public List<GlossaryTerm> getTerms() {
    return terms;
  }

  public long getTotal() {
    return total;
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public boolean isEditing() {
    return editor.isOpen();
  }

  public boolean isCreating() {
    return existingSlug == null;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public Map<String, TextForm> getTexts() {
    return texts;
  }

  public List<String> getRelated() {
    return related;
  }

  public void setRelated(List<String> related) {
    this.related = related;
  }

  public List<LinkForm> getLinks() {
    return links;
  }

  public FieldErrors getErrors() {
    return editor.getErrors();
  }
}
