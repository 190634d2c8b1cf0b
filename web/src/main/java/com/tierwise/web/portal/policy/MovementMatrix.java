package com.tierwise.web.portal.policy;

import com.tierwise.tiering.Movement;
import com.tierwise.tiering.TieringRunSummary;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The before/after table of a what-if: one row per tier before (A, B, C, untiered, not in the
 * previous run), one column per tier after, each cell the number of customers who would go from
 * the row's tier to the column's. Built from a run's {@link Movement}s.
 */
public record MovementMatrix(List<Row> rows, long moved) implements Serializable {

  /** Row order: the tiers, then no tier, then customers the previous run did not include. */
  public static final List<String> FROM =
      List.of("A", "B", "C", Movement.UNTIERED, Movement.NONE);

  /** Column order: where a customer can end up. */
  public static final List<String> TO = List.of("A", "B", "C", Movement.UNTIERED);

  /** One "from" tier: its cells in {@link #TO} order and how many customers it had. */
  public record Row(String from, List<Cell> cells, long total) implements Serializable {}

  /** Customers going from {@code from} to {@code to}; {@code changed} when the tier differs. */
  public record Cell(String from, String to, long customers) implements Serializable {

    public boolean changed() {
      return !from.equals(to);
    }
  }

  public static MovementMatrix of(List<Movement> movements) {
    Map<String, Long> counts = new HashMap<>();
    for (Movement movement : movements) {
      counts.merge(movement.from() + '>' + movement.to(), movement.customers(), Long::sum);
    }
    List<Row> rows = new ArrayList<>(FROM.size());
    long moved = 0;
    for (String from : FROM) {
      List<Cell> cells = new ArrayList<>(TO.size());
      long total = 0;
      for (String to : TO) {
        long customers = counts.getOrDefault(from + '>' + to, 0L);
        Cell cell = new Cell(from, to, customers);
        cells.add(cell);
        total += customers;
        if (cell.changed() && !Movement.NONE.equals(from)) {
          moved += customers;
        }
      }
      rows.add(new Row(from, List.copyOf(cells), total));
    }
    return new MovementMatrix(List.copyOf(rows), moved);
  }

  /** Customers per tier before (from a real run) and after (from the what-if), for a side-by-side. */
  public record TierCount(String tier, long before, long after) implements Serializable {

    public long change() {
      return after - before;
    }
  }

  /** {@code before} may be null when there was no run yet: every count before is then 0. */
  public static List<TierCount> counts(TieringRunSummary before, TieringRunSummary after) {
    List<TierCount> counts = new ArrayList<>(TO.size());
    for (String tier : TO) {
      long was = before == null ? 0 : before.counts().getOrDefault(tier, 0L);
      counts.add(new TierCount(tier, was, after.counts().getOrDefault(tier, 0L)));
    }
    return List.copyOf(counts);
  }
}
