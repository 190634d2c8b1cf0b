package com.tierwise.closedloop;

import com.tierwise.charter.Attribution;
import com.tierwise.charter.LifecycleStage;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a batch of survey responses element by element and reports every problem at once, so the
 * sender fixes the whole batch in one go; the batch is stored only when there is none.
 */
public final class ResponseValidator {

  /** Most elements one call may carry; larger loads go in several calls. */
  public static final int MAX_BATCH = 10_000;

  public static final int MAX_COMMENT_LENGTH = 4000;

  /** Clocks of survey tools drift; a response a little "in the future" is still accepted. */
  public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  private ResponseValidator() {}

  /** The result: either valid responses in input order, or the errors in input order. */
  public record Outcome(List<SurveyResponse> responses, List<ResponseError> errors) {
    public boolean valid() {
      return errors.isEmpty();
    }
  }

  /**
   * @param customers the customers known by external id; an external id not in it is unknown
   * @param now the server's clock, to refuse responses from the future
   */
  public static Outcome validate(
      List<ResponseInput> inputs, Map<String, CustomerContext> customers, Instant now) {
    List<ResponseError> errors = new ArrayList<>();
    if (inputs.size() > MAX_BATCH) {
      errors.add(
          new ResponseError(
              MAX_BATCH, null,
              "At most " + MAX_BATCH + " responses per call; send the rest in another call"));
      return new Outcome(List.of(), errors);
    }
    List<SurveyResponse> responses = new ArrayList<>(inputs.size());
    for (int index = 0; index < inputs.size(); index++) {
      int before = errors.size();
      Optional<SurveyResponse> response = check(index, inputs.get(index), customers, now, errors);
      if (errors.size() == before) {
        responses.add(response.orElseThrow());
      }
    }
    return errors.isEmpty() ? new Outcome(responses, List.of()) : new Outcome(List.of(), errors);
  }

  private static Optional<SurveyResponse> check(
      int index, ResponseInput input, Map<String, CustomerContext> customers, Instant now,
      List<ResponseError> errors) {
    if (input == null || !input.wellFormed()) {
      errors.add(new ResponseError(index, null, "Each element must be a JSON object"));
      return Optional.empty();
    }
    CustomerContext customer = null;
    String externalId = input.externalId();
    if (externalId == null || externalId.isBlank()) {
      errors.add(new ResponseError(index, "externalId", "externalId is required"));
    } else {
      customer = customers.get(externalId.trim());
      if (customer == null) {
        errors.add(
            new ResponseError(index, "externalId", "No customer with external id \"" + externalId + "\""));
      }
    }
    Optional<Touchpoint> touchpoint = Touchpoint.parse(input.touchpoint());
    if (touchpoint.isEmpty()) {
      errors.add(
          new ResponseError(
              index, "touchpoint",
              input.touchpoint() == null
                  ? "touchpoint is required: " + Touchpoint.choices()
                  : "touchpoint must be " + Touchpoint.choices() + ", not \"" + input.touchpoint() + "\""));
    }
    Integer score = score(index, input.score(), errors);
    Instant respondedAt = respondedAt(index, input.respondedAt(), now, errors);
    String comment = input.comment();
    if (comment != null) {
      int length = comment.codePointCount(0, comment.length());
      if (length > MAX_COMMENT_LENGTH) {
        errors.add(
            new ResponseError(
                index, "comment",
                "comment has " + length + " characters; at most " + MAX_COMMENT_LENGTH + " are allowed"));
      }
      if (comment.indexOf('\u0000') >= 0) {
        errors.add(new ResponseError(index, "comment", "comment must not contain the NUL character"));
      }
      if (comment.isBlank()) {
        comment = null;
      }
    }
    // Optional additions (issue 5, the charter): the stage the response is about and, when known,
    // whose half of the experience it is about.
    Optional<LifecycleStage> stage = LifecycleStage.parse(input.stage());
    if (input.stage() != null && !input.stage().isBlank() && stage.isEmpty()) {
      errors.add(
          new ResponseError(
              index, "stage", "stage must be " + LifecycleStage.choices() + ", not \"" + input.stage() + "\""));
    }
    Optional<Attribution> attribution = Attribution.parse(input.attribution());
    if (input.attribution() != null && !input.attribution().isBlank() && attribution.isEmpty()) {
      errors.add(
          new ResponseError(
              index, "attribution",
              "attribution must be " + Attribution.choices() + ", not \"" + input.attribution() + "\""));
    }
    if (customer == null || touchpoint.isEmpty() || score == null || respondedAt == null) {
      return Optional.empty();
    }
    return Optional.of(
        new SurveyResponse(
            customer, touchpoint.get(), score, comment, respondedAt,
            stage.orElse(touchpoint.get().defaultStage()), attribution.orElse(null)));
  }

  private static Integer score(int index, Object value, List<ResponseError> errors) {
    if (value == null) {
      errors.add(new ResponseError(index, "score", "score is required: a whole number from 0 to 10"));
      return null;
    }
    if (value instanceof Number number) {
      try {
        BigDecimal decimal = new BigDecimal(number.toString());
        int score = decimal.intValueExact(); // 7.0 is 7; 7.5 is not a score
        if (score >= 0 && score <= 10) {
          return score;
        }
      } catch (ArithmeticException | NumberFormatException e) {
        // falls through to the error below
      }
    }
    errors.add(
        new ResponseError(
            index, "score",
            "score must be a whole number from 0 to 10 (a JSON number), not " + describe(value)));
    return null;
  }

  private static Instant respondedAt(int index, String text, Instant now, List<ResponseError> errors) {
    if (text == null || text.isBlank()) {
      errors.add(
          new ResponseError(
              index, "respondedAt", "respondedAt is required: an ISO-8601 instant such as 2026-11-01T09:30:00Z"));
      return null;
    }
    Instant instant;
    try {
      instant = OffsetDateTime.parse(text.trim(), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      errors.add(
          new ResponseError(
              index, "respondedAt",
              "respondedAt must be an ISO-8601 instant with a zone offset, such as 2026-11-01T09:30:00Z, not \""
                  + text + "\""));
      return null;
    }
    if (instant.isAfter(now.plus(CLOCK_SKEW))) {
      errors.add(
          new ResponseError(
              index, "respondedAt", "respondedAt " + text + " is in the future (server time " + now + ")"));
      return null;
    }
    return instant;
  }

  private static String describe(Object value) {
    return value instanceof String text ? "the string \"" + text + "\"" : String.valueOf(value);
  }
}
