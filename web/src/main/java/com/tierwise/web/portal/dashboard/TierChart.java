package com.tierwise.web.portal.dashboard;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Chart.js configuration of the tier bar chart, for PrimeFaces 15's {@code <p:chart>} (which
 * replaced the {@code p:barChart} family and its Java chart models with one component taking a
 * Chart.js JSON model). Built with JSON-P, so labels are always correctly quoted; the result is
 * additionally safe to embed in a {@code <script>} element.
 */
public final class TierChart {

  /** Tier colours, the same as the .tw-tier-* classes in tierwise.css. */
  static final Map<String, String> COLOURS =
      Map.of("A", "#2e7d32", "B", "#1565c0", "C", "#8d6e63", "UNTIERED", "#9e9e9e");

  private TierChart() {}

  /**
   * A bar per tier. Right-to-left languages get the bars in reading order (A on the right) and
   * mirrored legend and tooltips; numbers follow the locale (Chart.js formats them with Intl).
   */
  public static String bar(
      List<RunOverview.TierCount> counts, Map<String, String> labels, String datasetLabel, Locale locale, boolean rightToLeft) {
    JsonArrayBuilder names = Json.createArrayBuilder();
    JsonArrayBuilder values = Json.createArrayBuilder();
    JsonArrayBuilder colours = Json.createArrayBuilder();
    for (RunOverview.TierCount count : counts) {
      names.add(labels.getOrDefault(count.tier(), count.tier()));
      values.add(count.customers());
      colours.add(COLOURS.getOrDefault(count.tier(), "#9e9e9e"));
    }
    JsonObject config =
        Json.createObjectBuilder()
            .add("type", "bar")
            .add(
                "data",
                Json.createObjectBuilder()
                    .add("labels", names)
                    .add(
                        "datasets",
                        Json.createArrayBuilder()
                            .add(
                                Json.createObjectBuilder()
                                    .add("label", datasetLabel)
                                    .add("data", values)
                                    .add("backgroundColor", colours))))
            .add(
                "options",
                Json.createObjectBuilder()
                    .add("locale", locale.toLanguageTag())
                    .add("maintainAspectRatio", false)
                    .add(
                        "plugins",
                        Json.createObjectBuilder()
                            .add("legend", Json.createObjectBuilder().add("display", false))
                            .add(
                                "tooltip",
                                Json.createObjectBuilder()
                                    .add("rtl", rightToLeft)
                                    .add("textDirection", rightToLeft ? "rtl" : "ltr")))
                    .add(
                        "scales",
                        Json.createObjectBuilder()
                            .add("x", Json.createObjectBuilder().add("reverse", rightToLeft))
                            .add(
                                "y",
                                Json.createObjectBuilder()
                                    .add("beginAtZero", true)
                                    .add("position", rightToLeft ? "right" : "left")
                                    .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
            .build();
    return scriptSafe(config.toString());
  }

  /** JSON that cannot close a script element or open a comment: {@code < > &} as \\u escapes. */
  public static String scriptSafe(String json) {
    return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
  }
}
