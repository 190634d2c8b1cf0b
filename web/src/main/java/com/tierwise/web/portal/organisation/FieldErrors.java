package com.tierwise.web.portal.organisation;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The services' problems ("texts.fa.name: is required", "needs[2]: is required") by field, so a
 * page can show each under its input. List items fall under their list ("needs").
 */
public final class FieldErrors implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Map<String, String> byField = new HashMap<>();

  public static FieldErrors of(List<String> problems) {
    return of(problems, java.util.function.UnaryOperator.identity());
  }

  /** As {@link #of(List)}, with each reason worded by {@code translate} (the common ones in the page's language). */
  public static FieldErrors of(List<String> problems, java.util.function.UnaryOperator<String> translate) {
    FieldErrors errors = new FieldErrors();
    for (String problem : problems) {
      int colon = problem.indexOf(": ");
      String field = colon < 0 ? "" : problem.substring(0, colon);
      String message = translate.apply(colon < 0 ? problem : problem.substring(colon + 2));
      int bracket = field.indexOf('[');
      String key = bracket < 0 ? field : field.substring(0, bracket); // seeAlso[1].url -> seeAlso
      String shown = bracket < 0 ? message : "(" + (Integer.parseInt(field.replaceAll("^[^\\[]*\\[(\\d+)\\].*$", "$1")) + 1)
          + ") " + message;
      errors.byField.merge(key, shown, (a, b) -> a + " " + b);
    }
    return errors;
  }

  /** "is required", the most common reason, in the page's language; others stay as the service worded them. */
  public static java.util.function.UnaryOperator<String> portalWording(jakarta.faces.context.FacesContext faces) {
    String required = com.tierwise.web.portal.shell.PortalMessages.text(faces, "glossary.required");
    return reason -> reason.equals("is required") ? required : reason;
  }

  /**
   * What a page does with a refused save or delete: the problems by field (each shown under its
   * input), one error message with the given summary and whatever no field on the page shows, and
   * the request marked as failed so the editor stays open.
   */
  public static FieldErrors refused(
      jakarta.faces.context.FacesContext faces, com.tierwise.organisation.OrganisationRefusedException refused,
      String summary, List<String> shownFields) {
    FieldErrors errors = of(refused.problems(), portalWording(faces));
    String detail = String.join(" ", errors.unplaced(shownFields));
    com.tierwise.web.portal.shell.PortalMessages.add(faces, jakarta.faces.application.FacesMessage.SEVERITY_ERROR, summary,
        detail.isEmpty() ? null : com.tierwise.web.portal.shell.PortalMessages.text(faces, "common.serverSays", detail));
    faces.validationFailed();
    return errors;
  }

  public static FieldErrors none() {
    return new FieldErrors();
  }

  /** For pages: {@code #{view.errors.map['texts.fa.name']}}. */
  public Map<String, String> getMap() {
    return byField;
  }

  public boolean isEmpty() {
    return byField.isEmpty();
  }

  /** Problems no field on the page shows, for the page's summary. */
  public List<String> unplaced(List<String> shownFields) {
    return byField.entrySet().stream()
        .filter(entry -> !shownFields.contains(entry.getKey()))
        .map(entry -> entry.getKey().isEmpty() ? entry.getValue() : entry.getKey() + ": " + entry.getValue())
        .toList();
  }
}
