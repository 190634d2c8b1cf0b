package com.tierwise.web.portal.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tierwise.tiering.ParetoCurve;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ParetoChartTest {

  private static JsonObject chart(ParetoCurve curve, boolean rightToLeft) {
    String json = ParetoChart.line(curve, "value", "top 20%", Locale.ROOT, rightToLeft);
    return Json.createReader(new StringReader(json)).readObject();
  }

  @Test
  void plotsPercentagesOnTwoLinearAxesWithTheTopFifthMarked() {
    ParetoCurve curve =
        ParetoCurve.of(
            List.of(
                new ParetoCurve.Slice(1, new BigDecimal("1000")),
                new ParetoCurve.Slice(4, new BigDecimal("231"))));
    JsonObject config = chart(curve, false);
    JsonArray datasets = config.getJsonObject("data").getJsonArray("datasets");
    JsonArray line = datasets.getJsonObject(0).getJsonArray("data");
    assertEquals(3, line.size());
    assertEquals(20.0, line.getJsonObject(1).getJsonNumber("x").doubleValue());
    assertEquals(81.2, line.getJsonObject(1).getJsonNumber("y").doubleValue());
    assertEquals(100.0, line.getJsonObject(2).getJsonNumber("y").doubleValue());
    JsonObject mark = datasets.getJsonObject(1).getJsonArray("data").getJsonObject(0);
    assertEquals(20.0, mark.getJsonNumber("x").doubleValue());
    assertEquals(81.2, mark.getJsonNumber("y").doubleValue());
    JsonObject scales = config.getJsonObject("options").getJsonObject("scales");
    assertEquals("linear", scales.getJsonObject("x").getString("type"));
    assertEquals("linear", scales.getJsonObject("y").getString("type"));
    assertEquals(false, scales.getJsonObject("x").getBoolean("reverse"));
  }

  @Test
  void rightToLeftMirrorsTheAxes() {
    JsonObject scales =
        chart(ParetoCurve.of(List.of(new ParetoCurve.Slice(2, BigDecimal.TEN))), true)
            .getJsonObject("options")
            .getJsonObject("scales");
    assertEquals(true, scales.getJsonObject("x").getBoolean("reverse"));
    assertEquals("right", scales.getJsonObject("y").getString("position"));
  }
}
