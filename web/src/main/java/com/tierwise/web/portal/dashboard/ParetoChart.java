package com.tierwise.web.portal.dashboard;

import com.tierwise.tiering.ParetoCurve;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.Locale;

/**
 * The Pareto curve as a Chart.js line for {@code <p:chart>}: share of customers (biggest first) on
 * the x axis, cumulative share of business value on the y axis, with the top-20% point marked.
 */
final class ParetoChart {

  private ParetoChart() {}

  static String line(ParetoCurve curve, String curveLabel, String markLabel, Locale locale, boolean rightToLeft) {
    JsonArrayBuilder points = Json.createArrayBuilder();
    for (ParetoCurve.Point point : curve.points()) {
      points.add(xy(point.customerShare(), point.valueShare()));
    }
    JsonArrayBuilder datasets =
        Json.createArrayBuilder()
            .add(
                Json.createObjectBuilder()
                    .add("label", curveLabel)
                    .add("data", points)
                    .add("borderColor", "#1565c0")
                    .add("backgroundColor", "rgba(21,101,192,0.12)")
                    .add("fill", true)
                    .add("pointRadius", 0));
    if (curve.topFifthShare() != null) {
      datasets.add(
          Json.createObjectBuilder()
              .add("label", markLabel)
              .add("data", Json.createArrayBuilder().add(xy(0.2, curve.topFifthShare())))
              .add("borderColor", "#c62828")
              .add("backgroundColor", "#c62828")
              .add("pointRadius", 6)
              .add("showLine", false));
    }
    String config =
        Json.createObjectBuilder()
            .add("type", "line")
            .add("data", Json.createObjectBuilder().add("datasets", datasets))
            .add(
                "options",
                Json.createObjectBuilder()
                    .add("maintainAspectRatio", false)
                    .add("locale", locale.toLanguageTag())
                    .add(
                        "plugins",
                        Json.createObjectBuilder()
                            .add("legend", Json.createObjectBuilder().add("rtl", rightToLeft))
                            .add("tooltip", Json.createObjectBuilder().add("rtl", rightToLeft)))
                    .add(
                        "scales",
                        Json.createObjectBuilder()
                            .add("x", axis(rightToLeft).add("reverse", rightToLeft))
                            .add("y", axis(rightToLeft).add("position", rightToLeft ? "right" : "left"))))
            .build()
            .toString();
    return TierChart.scriptSafe(config);
  }

  private static JsonObjectBuilder axis(boolean rightToLeft) {
    return Json.createObjectBuilder().add("type", "linear").add("min", 0).add("suggestedMax", 100);
  }

  /** Percentages rounded to a tenth: the chart needs no more and the page stays small. */
  private static JsonObjectBuilder xy(double x, double y) {
    return Json.createObjectBuilder()
        .add("x", Math.round(x * 1000) / 10.0)
        .add("y", Math.round(y * 1000) / 10.0);
  }
}
