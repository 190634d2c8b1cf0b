package com.tierwise.web.api;

import com.tierwise.charter.CellInput;
import com.tierwise.charter.CharterCell;
import com.tierwise.charter.CharterDiff;
import com.tierwise.charter.CharterService;
import com.tierwise.charter.CharterSignature;
import com.tierwise.charter.CharterVersion;
import com.tierwise.charter.ExperienceOwner;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The JSON shapes of the experience charter, and the loose reading of a cell list. */
final class CharterJson {

  private CharterJson() {}

  public record Cell(
      String stage, String segment, String desiredExperience, String owner, String metric, BigDecimal target) {
    static Cell of(CharterCell cell) {
      return cell == null
          ? null
          : new Cell(
              cell.stage().name(), cell.segment().name(), cell.desiredExperience(), cell.owner().name(),
              cell.metric().name(), cell.target());
    }
  }

  public record Signature(String role, String signedBy, Instant signedAt, String contentHash) {
    static Signature of(CharterSignature signature) {
      return new Signature(signature.role().name(), signature.signedBy(), signature.signedAt(), signature.contentHash());
    }
  }

  public record Abandonment(String by, Instant at, String reason) {}

  /**
   * A version: {@code revision} is what a signer sends back; {@code awaiting} the roles still to
   * sign; {@code seeded} marks the demo charter, effective without signatures; {@code abandoned}
   * who gave it up and why (null unless ABANDONED).
   */
  public record Version(
      int number, String status, Integer basedOn, int revision, String createdBy, Instant createdAt,
      Instant effectiveAt, boolean seeded, String contentHash, List<Signature> signatures, List<String> awaiting,
      List<Cell> cells, Abandonment abandoned) {
    static Version of(CharterVersion version) {
      List<String> awaiting =
          version.status().open()
              ? Arrays.stream(ExperienceOwner.values())
                  .filter(role -> version.signature(role).isEmpty())
                  .map(Enum::name)
                  .toList()
              : List.of();
      return new Version(
          version.number(), version.status().name(), version.basedOn(), version.revision(), version.createdBy(),
          version.createdAt(), version.effectiveAt(), version.seeded(), version.contentHash(),
          version.signatures().stream().map(Signature::of).toList(), awaiting,
          version.cells().stream().map(Cell::of).toList(),
          version.abandonment().map(a -> new Abandonment(a.by(), a.at(), a.reason())).orElse(null));
    }
  }

  public record Change(String stage, String segment, String kind, Cell before, Cell after, List<String> fields) {}

  public record Diff(int version, Integer predecessor, List<Change> changes) {
    static Diff of(CharterService.VersionWithDiff diff) {
      return new Diff(
          diff.version().number(), diff.predecessor(),
          diff.changes().stream()
              .map(c -> new Change(
                  c.stage().name(), c.segment().name(), c.kind().name(), Cell.of(c.before()), Cell.of(c.after()),
                  c.fields()))
              .toList());
    }
  }

  static List<CellInput> cells(JsonStructure body) {
    JsonArray array;
    if (body instanceof JsonArray list) {
      array = list;
    } else if (body instanceof JsonObject object && object.get("cells") instanceof JsonArray list) {
      array = list;
    } else {
      throw new InvalidRequestException(
          "The body must be a JSON array of cells: [{\"stage\",\"segment\",\"desiredExperience\",\"owner\",\"metric\",\"target\"}]");
    }
    List<CellInput> inputs = new ArrayList<>(array.size());
    for (JsonValue element : array) {
      if (element instanceof JsonObject object) {
        inputs.add(
            new CellInput(
                text(object.get("stage")), text(object.get("segment")), text(object.get("desiredExperience")),
                text(object.get("owner")), text(object.get("metric")), number(object.get("target"))));
      } else {
        inputs.add(null);
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

  /** A JSON number, or a string holding one, is a number; anything else keeps its text for the error. */
  private static Object number(JsonValue value) {
    if (value instanceof JsonNumber number) {
      return number.bigDecimalValue();
    }
    if (value instanceof JsonString string) {
      try {
        return new BigDecimal(string.getString().trim());
      } catch (NumberFormatException e) {
        return string.getString();
      }
    }
    return value == null || value == JsonValue.NULL ? null : value.toString();
  }
}
