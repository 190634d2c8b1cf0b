package com.tierwise.web.portal.customers;

import com.tierwise.web.portal.dashboard.TierChart;
import com.tierwise.web.portal.shell.SupportedLocales;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A customer's tier over runs as a Chart.js step line for {@code <p:chart>}: oldest run on the
 * reading side's start, tiers on a category axis (A at the top).
 */
final class TierHistoryChart {

  private static final List<String> TIERS_TOP_DOWN = List.of("A", "B", "C", "UNTIERED");

  private TierHistoryChart() {}

  static String line(List<CustomerDetail.HistoryEntry> history, Locale locale, Function<String, String> text) {
    DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale).withZone(ZoneOffset.UTC);
    List<CustomerDetail.HistoryEntry> oldestFirst = new ArrayList<>(history);
    Collections.reverse(oldestFirst);
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder values = Json.createArrayBuilder();
    for (CustomerDetail.HistoryEntry entry : oldestFirst) {
      labels.add(text.apply("history.run") + " " + entry.runId() + " · " + dates.format(entry.runAt()));
      values.add(text.apply("tier." + (entry.tier() == null ? "UNTIERED" : entry.tier().name())));
    }
    JsonArrayBuilder categories = Json.createArrayBuilder();
    TIERS_TOP_DOWN.forEach(tier -> categories.add(text.apply("tier." + tier)));
    boolean rightToLeft = SupportedLocales.isRightToLeft(locale);
    String config =
        Json.createObjectBuilder()
            .add("type", "line")
            .add(
                "data",
                Json.createObjectBuilder()
                    .add("labels", labels)
                    .add(
                        "datasets",
                        Json.createArrayBuilder()
                            .add(
                                Json.createObjectBuilder()
                                    .add("label", text.apply("profile.history.dataset"))
                                    .add("data", values)
                                    .add("stepped", true)
                                    .add("borderColor", "#1565c0")
                                    .add("pointRadius", 4))))
            .add(
                "options",
                Json.createObjectBuilder()
                    .add("maintainAspectRatio", false)
                    .add("locale", locale.toLanguageTag())
                    .add(
                        "plugins",
                        Json.createObjectBuilder()
                            .add("legend", Json.createObjectBuilder().add("display", false))
                            .add("tooltip", Json.createObjectBuilder().add("rtl", rightToLeft)))
                    .add(
                        "scales",
                        Json.createObjectBuilder()
                            .add("x", Json.createObjectBuilder().add("reverse", rightToLeft))
                            .add(
                                "y",
                                Json.createObjectBuilder()
                                    .add("type", "category")
                                    .add("labels", categories)
                                    .add("position", rightToLeft ? "right" : "left"))))
            .build()
            .toString();
    return TierChart.scriptSafe(config);
  }
}
