package com.tierwise.closedloop;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads survey responses from CSV (UTF-8, BOM allowed, RFC 4180, header row with the columns
 * external_id, touchpoint, score, responded_at and optionally comment, stage and attribution, in
 * any order and case).
 * Cells become {@link ResponseInput}s for the same validator as the JSON API; this class only
 * reports what makes the file itself unreadable. Line numbers count the header as line 1.
 */
public final class ResponseCsvReader {

  public static final List<String> REQUIRED = List.of("external_id", "touchpoint", "score", "responded_at");
  public static final String COMMENT = "comment";
  /** Optional columns of the charter (issue 5): the lifecycle stage and MARKETING or SERVICE. */
  public static final List<String> OPTIONAL = List.of(COMMENT, "stage", "attribution");

  /** Far above 10,000 responses with long comments; stops a wrong file early. */
  static final int MAX_BYTES = 64 * 1024 * 1024;

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).setIgnoreSurroundingSpaces(true).get();

  /** The rows as inputs, each with its line, or the problems that stop the file being read. */
  public record Parsed(List<ResponseInput> inputs, List<Integer> lines, List<CsvProblem> problems) {
    public boolean readable() {
      return problems.isEmpty();
    }
  }

  /** A problem at a line and, when one is at fault, a column (by its header name). */
  public record CsvProblem(int line, String column, String message) {}

  private ResponseCsvReader() {}

  /** Reads at most {@code maxRows} rows; more is a problem (the JSON API's batch limit applies). */
  public static Parsed read(InputStream utf8, int maxRows) throws IOException {
    byte[] bytes = utf8.readNBytes(MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      return new Parsed(List.of(), List.of(), List.of(new CsvProblem(1, null,
          "The file is larger than " + MAX_BYTES / (1024 * 1024) + " MB; send it in parts")));
    }
    // Decoded whole and strictly: a Windows-1254 file must be refused, not stored as mojibake.
    CharBuffer text = CharBuffer.allocate(bytes.length);
    ByteBuffer input = ByteBuffer.wrap(bytes);
    CoderResult result =
        StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(input, text, true);
    if (result.isError()) {
      int line = 1;
      for (int i = 0; i < input.position(); i++) {
        line += bytes[i] == '\n' ? 1 : 0;
      }
      return new Parsed(List.of(), List.of(), List.of(new CsvProblem(line, null,
          "The file is not valid UTF-8 (line " + line + "). Save it as UTF-8 (\"CSV UTF-8\" in Excel); files from"
              + " Turkish or Arabic Windows (Windows-1254, -1256) must be converted first.")));
    }
    text.flip();
    Reader reader = new StringReader(text.toString());
    List<ResponseInput> inputs = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    List<CsvProblem> problems = new ArrayList<>();
    CSVParser parser = FORMAT.parse(reader);
    Iterator<CSVRecord> records = parser.iterator();
    Map<String, Integer> columns = null;
    try {
      while (records.hasNext()) {
        CSVRecord record = records.next();
        int line = Math.toIntExact(record.getRecordNumber());
        if (columns == null) {
          columns = header(record, problems);
          if (columns == null) {
            return new Parsed(List.of(), List.of(), problems);
          }
          continue;
        }
        if (blank(record)) {
          continue;
        }
        if (record.size() != columns.size()) {
          problems.add(new CsvProblem(line, null,
              "Wrong number of fields: expected " + columns.size() + ", found " + record.size()
                  + ". Put values that contain commas in double quotes."));
          continue;
        }
        if (inputs.size() == maxRows) {
          problems.add(new CsvProblem(line, null, "At most " + maxRows + " responses per file; send the rest in another file"));
          break;
        }
        inputs.add(
            new ResponseInput(
                cell(record, columns, "external_id"), cell(record, columns, "touchpoint"),
                score(cell(record, columns, "score")), cell(record, columns, COMMENT),
                cell(record, columns, "responded_at"), true, cell(record, columns, "stage"),
                cell(record, columns, "attribution")));
        lines.add(line);
      }
    } catch (UncheckedIOException e) {
      int line = Math.toIntExact(parser.getRecordNumber() + 1);
      problems.add(new CsvProblem(line, null,
          "Line " + line + " is not valid CSV: a double quote is not closed or is followed by other text."
              + " Reading stopped here."));
    }
    if (columns == null) {
      problems.add(new CsvProblem(1, null, "The file is empty; a header row is required: " + String.join(",", REQUIRED) + ",comment"));
    }
    return new Parsed(inputs, lines, problems);
  }

  private static Map<String, Integer> header(CSVRecord record, List<CsvProblem> problems) {
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < record.size(); i++) {
      String name = record.get(i).replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT);
      if (!REQUIRED.contains(name) && !OPTIONAL.contains(name)) {
        problems.add(new CsvProblem(1, record.get(i),
            "Unknown column \"" + record.get(i) + "\"; the columns are " + String.join(", ", REQUIRED) + " and optionally " + String.join(", ", OPTIONAL)));
      } else if (columns.putIfAbsent(name, i) != null) {
        problems.add(new CsvProblem(1, name, "The column " + name + " appears twice"));
      }
    }
    for (String required : REQUIRED) {
      if (!columns.containsKey(required)) {
        problems.add(new CsvProblem(1, required, "The header has no " + required + " column, which is required"));
      }
    }
    return problems.isEmpty() ? columns : null;
  }

  private static String cell(CSVRecord record, Map<String, Integer> columns, String name) {
    Integer index = columns.get(name);
    if (index == null) {
      return null;
    }
    String value = record.get(index).trim();
    return value.isEmpty() ? null : value;
  }

  /** A number stays a number for the validator; other text is kept so the error can quote it. */
  private static Object score(String text) {
    if (text == null) {
      return null;
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      return text;
    }
  }

  private static boolean blank(CSVRecord record) {
    for (String cell : record) {
      if (!cell.isBlank()) {
        return false;
      }
    }
    return true;
  }

  /** The CSV column of a field the validator named. */
  public static String column(String field) {
    if (field == null) {
      return null;
    }
    return switch (field) {
      case "externalId" -> "external_id";
      case "respondedAt" -> "responded_at";
      default -> field;
    };
  }
}
