package com.tierwise.web.portal.organisation;

import com.tierwise.organisation.OrganisationRefusedException;
import com.tierwise.platform.RefusedException;
import com.tierwise.web.portal.shell.PortalMessages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.List;
import java.util.function.Function;

/**
 * The editor of an organisation page (glossary, personas, journey map): whether it is open, the
 * problems shown at its fields, and what a save or a delete does. A change the service takes
 * closes the editor, reloads the page's list and confirms; a change it refuses leaves the editor
 * open with every problem at its field, and the request marked as failed.
 */
public final class OrganisationEditor implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A save or a delete on behalf of the signed-in user. */
  @FunctionalInterface
  public interface Change<T> {
    T apply(String user) throws OrganisationRefusedException;
  }

  /** A removal on behalf of the signed-in user. */
  @FunctionalInterface
  public interface Removal {
    void apply(String user) throws OrganisationRefusedException;
  }

  private final String messagePrefix;
  private final List<String> fields;
  private boolean open;
  private FieldErrors errors = FieldErrors.none();

  /**
   * @param messagePrefix the page's message keys ({@code glossary}: {@code glossary.invalid},
   *     {@code glossary.gone})
   * @param fields the fields the editor shows problems at; the others go into the page's summary
   */
  public OrganisationEditor(String messagePrefix, List<String> fields) {
    this.messagePrefix = messagePrefix;
    this.fields = List.copyOf(fields);
  }

  public void open() {
    open = true;
    errors = FieldErrors.none();
  }

  public void close() {
    open = false;
    errors = FieldErrors.none();
  }

  public boolean isOpen() {
    return open;
  }

  public FieldErrors getErrors() {
    return errors;
  }

  /**
   * Runs the change; when it is taken, closes the editor, reloads the page and shows the
   * confirmation worded from its result.
   */
  public <T> void apply(Change<T> change, Runnable reload, Function<T, String> confirmation) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      T result = change.apply(faces.getExternalContext().getRemoteUser());
      close();
      reload.run();
      PortalMessages.add(faces, FacesMessage.SEVERITY_INFO, confirmation.apply(result), null);
    } catch (OrganisationRefusedException refused) {
      // Someone else removed the record meanwhile: say so, rather than "correct the fields".
      String summaryKey = refused.kind() == RefusedException.Kind.NOT_FOUND ? ".gone" : ".invalid";
      errors = FieldErrors.refused(faces, refused, PortalMessages.text(faces, messagePrefix + summaryKey), fields);
    }
  }

  /** As {@link #apply} for a removal, confirmed by the message under {@code confirmationKey}. */
  public void remove(Removal removal, Runnable reload, String confirmationKey) {
    apply(
        user -> {
          removal.apply(user);
          return confirmationKey;
        },
        reload,
        key -> PortalMessages.text(FacesContext.getCurrentInstance(), key));
  }
}
