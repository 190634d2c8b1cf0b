package com.tierwise.web.portal.shell;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts of the portal's bundle ({@code msg} in the pages, registered in faces-config.xml) for
 * Java code, in the language of the current view. Values with arguments are {@link
 * MessageFormat} patterns, formatted with the view's locale (digits and separators included).
 */
public final class PortalMessages {

  public static final String BUNDLE = "com.tierwise.web.i18n.messages";

  /** Never falls back to the JVM's default locale: a missing language means the base (English). */
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private PortalMessages() {}

  public static Locale locale(FacesContext faces) {
    return faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : SupportedLocales.DEFAULT;
  }

  public static String text(FacesContext faces, String key, Object... arguments) {
    Locale locale = locale(faces);
    String pattern;
    try {
      pattern = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK).getString(key);
    } catch (MissingResourceException e) {
      return "???" + key + "???";
    }
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
  }

  /**
   * Adds a global message; {@code detail} is already worded (see {@link #text}), or null for none.
   * A FacesMessage without a detail answers its summary as the detail, which the pages'
   * {@code p:messages showDetail="true"} would show a second time: none is an empty detail.
   */
  public static void add(FacesContext faces, FacesMessage.Severity severity, String summary, String detail) {
    faces.addMessage(null, new FacesMessage(severity, summary, detail == null ? "" : detail));
  }
}
