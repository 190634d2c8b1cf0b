package com.tierwise.silo;

import com.tierwise.silo.SiloImportRejectedException.LineError;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads {@code department,external_id,label} (header required, any column order, names
 * case-insensitive, BOM allowed) and reports every bad line at once. Departments and labels are
 * compared upper-case (Locale.ROOT), so "Gold" from sales and "GOLD" from service agree.
 */
public final class SiloCsvReader {

  static final List<String> COLUMNS = List.of("department", "external_id", "label");
  private static final Pattern DEPARTMENT = Pattern.compile("[A-Z][A-Z0-9_]{1,31}");
  public static final int MAX_ERRORS = 1000;

  private SiloCsvReader() {}

  public static List<SiloRow> read(Reader csv) throws SiloImportRejectedException, IOException {
    List<LineError> errors = new ArrayList<>();
    List<SiloRow> rows = new ArrayList<>();
    CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).build();
    try (CSVParser parser = CSVParser.parse(csv, format)) {
      Map<String, Integer> columns = null;
      Set<String> seen = new HashSet<>();
      for (CSVRecord record : parser) {
        long line = parser.getCurrentLineNumber();
        if (columns == null) {
          columns = header(record, errors);
          if (!errors.isEmpty()) {
            throw new SiloImportRejectedException(errors);
          }
          continue;
        }
        if (record.size() == 1 && record.get(0).isBlank()) {
          continue; // an empty line
        }
        String department = cell(record, columns.get("department")).toUpperCase(Locale.ROOT);
        String externalId = cell(record, columns.get("external_id"));
        String label = cell(record, columns.get("label")).toUpperCase(Locale.ROOT);
        int before = errors.size();
        if (department.isEmpty()) {
          errors.add(new LineError(line, "department", "department is required (e.g. SALES, MARKETING, SERVICE)"));
        } else if (!DEPARTMENT.matcher(department).matches()) {
          errors.add(new LineError(line, "department",
              "department must be 2-32 letters, digits or _ starting with a letter, not \"" + department + "\""));
        }
        if (externalId.isEmpty()) {
          errors.add(new LineError(line, "external_id", "external_id is required"));
        } else if (externalId.length() > 64) {
          errors.add(new LineError(line, "external_id", "external_id must be at most 64 characters"));
        }
        if (label.isEmpty()) {
          errors.add(new LineError(line, "label", "label is required: the department's segment for the customer"));
        } else if (label.length() > 64) {
          errors.add(new LineError(line, "label", "label must be at most 64 characters"));
        }
        if (errors.size() == before && !seen.add(department + "\u0000" + externalId)) {
          errors.add(new LineError(line, "external_id",
              "customer " + externalId + " is labelled by " + department + " more than once"));
        }
        if (errors.size() == before) {
          rows.add(new SiloRow(line, department, externalId, label));
        }
        if (errors.size() >= MAX_ERRORS) {
          break;
        }
      }
      if (columns == null) {
        errors.add(new LineError(1, null, "the file is empty; the header department,external_id,label is required"));
      }
    } catch (java.io.UncheckedIOException | IllegalStateException e) {
      errors.add(new LineError(0, null, "the file is not valid CSV: " + e.getMessage()));
    }
    if (!errors.isEmpty()) {
      throw new SiloImportRejectedException(errors);
    }
    return rows;
  }

  private static Map<String, Integer> header(CSVRecord record, List<LineError> errors) {
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < record.size(); i++) {
      String name = record.get(i).replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT);
      if (COLUMNS.contains(name) && columns.putIfAbsent(name, i) != null) {
        errors.add(new LineError(1, name, "column " + name + " appears twice in the header"));
      }
    }
    for (String required : COLUMNS) {
      if (!columns.containsKey(required)) {
        errors.add(new LineError(1, required, "the header must name the column " + required));
      }
    }
    return columns;
  }

  private static String cell(CSVRecord record, int index) {
    return index < record.size() ? record.get(index).trim() : "";
  }
}
