package com.tierwise.allocation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The requests of an allocation as people paste them from a spreadsheet: one customer per line,
 * its external id and the quantity, separated by a tab, comma or semicolon. Blank lines are
 * skipped, and so is a first line naming the columns (its first cell is external_id, id or
 * customer). Any other line whose quantity is not a whole number is an error, never skipped.
 */
public final class AllocationText {

  /** A line that could not be read: its number (the first line is 1) and what is wrong. */
  public record LineProblem(int line, Problem problem, String value) {}

  /** What can be wrong with a line; the portal words each in the reader's language. */
  public enum Problem {
    MISSING_QUANTITY,
    NOT_A_WHOLE_NUMBER,
    NOT_POSITIVE,
    DUPLICATE_CUSTOMER,
    TOO_MANY_LINES
  }

  /** The items read, in order, with the line each came from, and every problem found. */
  public record Parsed(List<AllocationRequest.Item> items, List<Integer> lines, List<LineProblem> problems) {}

  /** First cells that make the first line a header. */
  private static final Set<String> HEADER_NAMES = Set.of("external_id", "externalid", "id", "customer");

  private AllocationText() {}

  public static Parsed parse(String text) {
    List<AllocationRequest.Item> items = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    List<LineProblem> problems = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    String[] rows = text == null ? new String[0] : text.split("\\R", -1);
    for (int i = 0; i < rows.length; i++) {
      int line = i + 1;
      String row = rows[i].strip();
      if (row.isEmpty()) {
        continue;
      }
      String[] cells = row.split("[\t,;]", -1);
      String id = cells[0].strip();
      String quantityText = cells.length > 1 ? cells[1].strip() : "";
      if (quantityText.isEmpty()) {
        problems.add(new LineProblem(line, Problem.MISSING_QUANTITY, id));
        continue;
      }
      if (items.isEmpty() && problems.isEmpty() && HEADER_NAMES.contains(id.toLowerCase(Locale.ROOT))) {
        continue; // a header row such as "external_id,quantity"
      }
      Long quantity = wholeNumber(quantityText);
      if (quantity == null) {
        problems.add(new LineProblem(line, Problem.NOT_A_WHOLE_NUMBER, quantityText));
        continue;
      }
      if (quantity <= 0) {
        problems.add(new LineProblem(line, Problem.NOT_POSITIVE, quantityText));
        continue;
      }
      Integer first = seen.putIfAbsent(id, line);
      if (first != null) {
        problems.add(new LineProblem(line, Problem.DUPLICATE_CUSTOMER, id));
        continue;
      }
      if (items.size() == AllocationRequest.MAX_REQUESTS) {
        problems.add(new LineProblem(line, Problem.TOO_MANY_LINES, String.valueOf(AllocationRequest.MAX_REQUESTS)));
        break;
      }
      items.add(new AllocationRequest.Item(id, quantity));
      lines.add(line);
    }
    return new Parsed(List.copyOf(items), List.copyOf(lines), List.copyOf(problems));
  }

  /** A whole number, allowing grouping spaces and a ".0"; null when it is none. */
  private static Long wholeNumber(String text) {
    String plain = text.replace(" ", "").replace("\u00a0", "").replace("\u202f", "");
    try {
      BigDecimal value = new BigDecimal(plain);
      return value.stripTrailingZeros().scale() <= 0 ? value.longValueExact() : null;
    } catch (NumberFormatException | ArithmeticException e) {
      return null;
    }
  }
}
