package com.tierwise.closedloop;

/**
 * One survey response as a client sent it, before validation.
 *
 * @param score the JSON value as read: a {@link Number} for a JSON number, a String for a JSON
 *     string, null when missing or null; only a whole number 0-10 is valid
 * @param wellFormed false when the element was not a JSON object at all
 * @param stage the lifecycle stage the response is about (optional; else the touchpoint's default)
 * @param attribution MARKETING or SERVICE when the sender already knows (optional)
 */
public record ResponseInput(
    String externalId, String touchpoint, Object score, String comment, String respondedAt,
    boolean wellFormed, String stage, String attribution) {

  /** A response without stage or attribution: the shape of ACCEPTANCE.md. */
  public ResponseInput(
      String externalId, String touchpoint, Object score, String comment, String respondedAt, boolean wellFormed) {
    this(externalId, touchpoint, score, comment, respondedAt, wellFormed, null, null);
  }

  public static ResponseInput notAnObject() {
    return new ResponseInput(null, null, null, null, null, false);
  }
}
