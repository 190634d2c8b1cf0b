package com.tierwise.reports;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words and number formats of one report language. The bundles
 * ({@code com/tierwise/reports/report-texts_*.properties}) are UTF-8, as Java reads them.
 */
public final class ReportTexts {

  private static final String BUNDLE = "com.tierwise.reports.report-texts";

  private final Locale locale;
  private final ResourceBundle bundle;

  public ReportTexts(Locale locale) {
    this.locale = locale;
    this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ReportTexts.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  public Locale locale() {
    return locale;
  }

  public String text(String key, Object... arguments) {
    String pattern = bundle.getString(key);
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
  }

  public String count(long value) {
    return NumberFormat.getIntegerInstance(locale).format(value);
  }

  public String money(BigDecimal value) {
    if (value == null) {
      return "–";
    }
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMaximumFractionDigits(0);
    return format.format(value);
  }

  /** A share 0..1 as a percentage with one decimal; a dash when unknown. */
  public String percent(Double share) {
    if (share == null || share.isNaN() || share.isInfinite()) {
      return "–";
    }
    NumberFormat format = NumberFormat.getPercentInstance(locale);
    format.setMinimumFractionDigits(1);
    format.setMaximumFractionDigits(1);
    return format.format(share);
  }

  /** An NPS (-100..100) with one decimal; a dash without responses. */
  public String score(Double nps) {
    if (nps == null) {
      return "–";
    }
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMinimumFractionDigits(1);
    format.setMaximumFractionDigits(1);
    return format.format(nps);
  }

  /** A change of score, signed. */
  public String change(Double now, Double before) {
    if (now == null || before == null) {
      return "–";
    }
    double delta = now - before;
    return (delta > 0 ? "+" : "") + score(delta);
  }

  public String dateTime(Instant instant) {
    if (instant == null) {
      return "–";
    }
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(locale)
            .withZone(ZoneOffset.UTC)
            .format(instant)
        + " UTC";
  }

  public String date(Instant instant) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).withZone(ZoneOffset.UTC).format(instant);
  }

  /** The period as "from – to", the end shown as the last day it includes. */
  public String period(ReportPeriod period) {
    return text("report.period", date(period.from()), date(period.to().minusMillis(1)));
  }
}
