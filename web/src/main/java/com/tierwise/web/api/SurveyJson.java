package com.tierwise.web.api;

import com.tierwise.closedloop.ResponseInput;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the JSON array of survey responses loosely, keeping each value as sent, so the validator
 * can name every wrong field instead of the JSON binding failing on the first one.
 */
final class SurveyJson {

  private SurveyJson() {}

  static List<ResponseInput> inputs(JsonStructure body) {
    if (!(body instanceof JsonArray array)) {
      throw new InvalidRequestException(
          "The body must be a JSON array of responses: [{\"externalId\",\"touchpoint\",\"score\",\"comment\",\"respondedAt\"}]");
    }
    List<ResponseInput> inputs = new ArrayList<>(array.size());
    for (JsonValue element : array) {
      if (element instanceof JsonObject object) {
        inputs.add(
            new ResponseInput(
                text(object.get("externalId")),
                text(object.get("touchpoint")),
                score(object.get("score")),
                text(object.get("comment")),
                text(object.get("respondedAt")),
                true,
                text(object.get("stage")),
                text(object.get("attribution"))));
      } else {
        inputs.add(ResponseInput.notAnObject());
      }
    }
    return inputs;
  }

  private static String text(JsonValue value) {
    if (value == null || value == JsonValue.NULL) {
      return null;
    }
    return value instanceof JsonString string ? string.getString() : value.toString();
  }

  /** A JSON number stays a number; anything else keeps its text so the error can quote it. */
  private static Object score(JsonValue value) {
    if (value == null || value == JsonValue.NULL) {
      return null;
    }
    if (value instanceof JsonNumber number) {
      return number.bigDecimalValue();
    }
    return value instanceof JsonString string ? string.getString() : value.toString();
  }
}
