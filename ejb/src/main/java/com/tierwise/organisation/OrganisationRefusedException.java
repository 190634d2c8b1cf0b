package com.tierwise.organisation;

import com.tierwise.platform.RefusedException;
import java.util.List;

/**
 * A glossary, persona or journey-map change the rules refuse; nothing is changed. Problems read
 * "field: reason" (e.g. "texts.fa.name: is required") so the portal can put each at its field.
 */
public class OrganisationRefusedException extends RefusedException {

  private static final long serialVersionUID = 1L;

  public OrganisationRefusedException(Kind kind, String message, List<String> problems) {
    super(kind, message, problems);
  }

  public static OrganisationRefusedException invalid(String what, List<String> problems) {
    return new OrganisationRefusedException(Kind.INVALID, what + " is not valid; nothing was changed", problems);
  }

  public static OrganisationRefusedException notFound(String message) {
    return new OrganisationRefusedException(Kind.NOT_FOUND, message, List.of());
  }
}
