package com.tierwise.web.portal.nps;

import com.tierwise.closedloop.NpsGroup;
import com.tierwise.web.portal.dashboard.TierChart;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;
import java.util.Locale;

/**
 * The Chart.js line of NPS per month for {@code <p:chart>}: -100 to 100, months in reading order
 * (right to left in Arabic and Persian), a month without responses left out rather than drawn as 0.
 */
public final class NpsTrendChart {

  private NpsTrendChart() {}

  public static String line(List<NpsGroup> months, String datasetLabel, Locale locale, boolean rightToLeft) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder values = Json.createArrayBuilder();
    for (NpsGroup month : months) {
      labels.add(month.key());
      if (month.nps() == null) {
        values.addNull();
      } else {
        values.add(Math.round(month.nps() * 10) / 10.0);
      }
    }
    var config =
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
                                    .add("label", datasetLabel)
                                    .add("data", values)
                                    .add("borderColor", "#1565c0")
                                    .add("backgroundColor", "#1565c0")
                                    .add("tension", 0.2)
                                    .add("spanGaps", true))))
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
                                    .add("min", -100)
                                    .add("max", 100)
                                    .add("position", rightToLeft ? "right" : "left"))))
            .build();
    return TierChart.scriptSafe(config.toString());
  }
}
