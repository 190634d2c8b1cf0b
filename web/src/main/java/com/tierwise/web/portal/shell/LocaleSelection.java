package com.tierwise.web.portal.shell;

import com.tierwise.security.UserService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;

/**
 * The language of the portal for this session. It starts from the browser's Accept-Language
 * (among en, tr, ar, fa); once a user is signed in, their stored choice wins, unless they picked a
 * language in this session before signing in, which is then stored for them. Every later choice
 * is stored too, so it follows the user to other browsers.
 */
@Named
@SessionScoped
public class LocaleSelection implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private UserService users;

  private Locale locale;
  private boolean chosenInSession;
  private String preferenceAppliedFor;

  public Locale getLocale() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    if (locale == null) {
      locale = SupportedLocales.fromAcceptLanguage(external.getRequestHeaderMap().get("Accept-Language"));
    }
    String user = external.getRemoteUser();
    if (user != null && !user.equals(preferenceAppliedFor)) {
      preferenceAppliedFor = user;
      Optional<Locale> stored = users.locale(user).flatMap(SupportedLocales::parse);
      if (stored.isPresent() && !chosenInSession) {
        locale = stored.get();
      } else if (chosenInSession) {
        users.setLocale(user, locale.toLanguageTag());
      }
    }
    return locale;
  }

  /** The BCP 47 tag for {@code <html lang>}. */
  public String getLanguage() {
    return getLocale().toLanguageTag();
  }

  /** "rtl" for Arabic and Persian, for {@code <html dir>} and PrimeFaces' {@code dir}. */
  public String getDirection() {
    return isRightToLeft() ? "rtl" : "ltr";
  }

  public boolean isRightToLeft() {
    return SupportedLocales.isRightToLeft(getLocale());
  }

  public List<String> getAvailable() {
    return SupportedLocales.TAGS;
  }

  /** Dates are shown in the server's time zone (one intranet, one zone). */
  public TimeZone getTimeZone() {
    return TimeZone.getDefault();
  }

  /**
   * Switches language and reloads the current page with a redirect, so the whole page (its
   * {@code dir} included) is rendered in the new language.
   */
  public String select(String tag) {
    Optional<Locale> chosen = SupportedLocales.parse(tag);
    if (chosen.isEmpty()) {
      return null;
    }
    locale = chosen.get();
    FacesContext faces = FacesContext.getCurrentInstance();
    String user = faces.getExternalContext().getRemoteUser();
    if (user == null) {
      chosenInSession = true;
    } else {
      preferenceAppliedFor = user;
      users.setLocale(user, locale.toLanguageTag());
    }
    return faces.getViewRoot().getViewId() + "?faces-redirect=true";
  }
}
