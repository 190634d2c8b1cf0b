package com.tierwise.web.portal.organisation;

import com.tierwise.web.portal.shell.PortalMessages;
import jakarta.faces.context.FacesContext;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.time.format.FormatStyle;

/** "Last changed" times in the view's language, in the server's zone (one intranet, one zone). */
final class Dates {

  private Dates() {}

  static String format(Instant at) {
    if (at == null) {
      return "";
    }
    java.util.Locale locale = PortalMessages.locale(FacesContext.getCurrentInstance());
    return isolate(
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(locale)
            .withDecimalStyle(DecimalStyle.of(locale)) // Persian and Arabic digits where the language has them
            .withZone(ZoneId.systemDefault())
            .format(at));
  }

  /**
   * Text dropped into a sentence of another direction (a Latin user name in Persian), wrapped in
   * Unicode first-strong isolates so it keeps its own order without reshuffling the sentence.
   */
  static String isolate(String text) {
    return text == null ? "" : "\u2068" + text + "\u2069";
  }
}
