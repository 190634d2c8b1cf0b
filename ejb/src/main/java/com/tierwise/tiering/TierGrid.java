package com.tierwise.tiering;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The 3x3 grid: which tier each (business band, CX band) cell gets. */
public final class TierGrid implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Row order of the nine-letter code: business HIGH, MID, LOW; within a row CX LOW, MID, HIGH. */
  private static final Band[] BUSINESS_ROWS = {Band.HIGH, Band.MID, Band.LOW};

  private static final Band[] CX_COLUMNS = {Band.LOW, Band.MID, Band.HIGH};

  /** The seed's draft: A needs top 5% business with median CX, or top half with top 5% CX. */
  public static final TierGrid DEFAULT = fromCode("BAABBACCB");

  private final Map<Band, Map<Band, Tier>> cells;

  private TierGrid(Map<Band, Map<Band, Tier>> cells) {
    this.cells = cells;
  }

  public static TierGrid fromCode(String code) {
    if (code == null || code.length() != 9) {
      throw new IllegalArgumentException("A grid code has nine tier letters: " + code);
    }
    Map<Band, Map<Band, Tier>> cells = new EnumMap<>(Band.class);
    for (int row = 0; row < 3; row++) {
      Map<Band, Tier> line = new EnumMap<>(Band.class);
      for (int column = 0; column < 3; column++) {
        line.put(CX_COLUMNS[column], Tier.ofCode(String.valueOf(code.charAt(row * 3 + column))));
      }
      cells.put(BUSINESS_ROWS[row], line);
    }
    return new TierGrid(cells);
  }

  /**
   * Builds a grid from its JSON shape {@code {"HIGH":{"LOW":"B",...},...}}, reporting every
   * missing or unknown cell in {@code problems} and returning null when there are any.
   */
  public static TierGrid fromMap(Map<String, Map<String, String>> rows, List<String> problems) {
    if (rows == null) {
      problems.add("grid is required: business band (HIGH, MID, LOW) to CX band to tier");
      return null;
    }
    int before = problems.size();
    for (String key : rows.keySet()) {
      if (parseBand(key) == null) {
        problems.add("grid has an unknown business band \"" + key + "\"; use LOW, MID or HIGH");
      }
    }
    StringBuilder code = new StringBuilder(9);
    for (Band business : BUSINESS_ROWS) {
      Map<String, String> row = rows.get(business.name());
      if (row == null) {
        problems.add("grid is missing the business band " + business);
        continue;
      }
      for (String key : row.keySet()) {
        if (parseBand(key) == null) {
          problems.add("grid." + business + " has an unknown CX band \"" + key + "\"");
        }
      }
      for (Band cx : CX_COLUMNS) {
        String tier = row.get(cx.name());
        if (tier == null || !tier.matches("[ABC]")) {
          problems.add("grid." + business + "." + cx + " must be \"A\", \"B\" or \"C\"");
        } else {
          code.append(tier);
        }
      }
    }
    return problems.size() == before ? fromCode(code.toString()) : null;
  }

  private static Band parseBand(String key) {
    for (Band band : Band.values()) {
      if (band.name().equals(key)) {
        return band;
      }
    }
    return null;
  }

  public Tier tierOf(Band business, Band cx) {
    return cells.get(business).get(cx);
  }

  public String code() {
    StringBuilder code = new StringBuilder(9);
    for (Band business : BUSINESS_ROWS) {
      for (Band cx : CX_COLUMNS) {
        code.append(tierOf(business, cx).name());
      }
    }
    return code.toString();
  }

  /** The JSON shape, business band to CX band to tier letter. */
  public Map<String, Map<String, String>> toMap() {
    Map<String, Map<String, String>> rows = new java.util.LinkedHashMap<>();
    for (Band business : BUSINESS_ROWS) {
      Map<String, String> row = new java.util.LinkedHashMap<>();
      for (Band cx : CX_COLUMNS) {
        row.put(cx.name(), tierOf(business, cx).name());
      }
      rows.put(business.name(), row);
    }
    return rows;
  }

  /** Cells in display order, business HIGH first. */
  public static List<Band[]> cellsInOrder() {
    List<Band[]> order = new ArrayList<>(9);
    for (Band business : BUSINESS_ROWS) {
      for (Band cx : CX_COLUMNS) {
        order.add(new Band[] {business, cx});
      }
    }
    return order;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TierGrid grid && grid.code().equals(code());
  }

  @Override
  public int hashCode() {
    return code().hashCode();
  }

  @Override
  public String toString() {
    return code();
  }
}
