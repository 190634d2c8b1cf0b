package com.tierwise.allocation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Constrained product goes to the best customers first (DOMAIN.md section 1, "own it"): by the
 * segment's allocation priority (HIC, then A, B, C, untiered by default), ties by business
 * percentile, highest first, then by position in the request. Each claimant gets all it asked
 * for while stock lasts; the first one the rest does not cover gets what is left.
 */
public final class Allocation {

  /** What one claimant gets and why. */
  public record Line(
      String externalId, String segment, int priority, Double businessPercentile, long requested, long allocated,
      int rank, String reason) {}

  public record Result(long available, long requested, long allocated, long remaining, List<Line> lines) {}

  private static final Comparator<Claimant> QUEUE =
      Comparator.comparingInt(Claimant::priority)
          .thenComparing(Claimant::businessPercentile, Comparator.nullsLast(Comparator.reverseOrder()))
          .thenComparingInt(Claimant::order);

  private Allocation() {}

  /** Lines in the order of the request, each with its rank in the queue and the reason. */
  public static Result allocate(long available, List<Claimant> claimants) {
    List<Integer> queue = new ArrayList<>(claimants.size());
    for (int i = 0; i < claimants.size(); i++) {
      queue.add(i);
    }
    queue.sort(Comparator.comparing(claimants::get, QUEUE));
    Line[] lines = new Line[claimants.size()];
    long left = available;
    long requested = 0;
    for (int rank = 0; rank < queue.size(); rank++) {
      int index = queue.get(rank);
      Claimant c = claimants.get(index);
      requested += c.requested();
      long granted = Math.min(left, c.requested());
      left -= granted;
      lines[index] =
          new Line(c.externalId(), c.segment(), c.priority(), c.businessPercentile(), c.requested(), granted, rank + 1,
              reason(c, rank + 1, granted));
    }
    return new Result(available, requested, available - left, left, List.of(lines));
  }

  private static String reason(Claimant c, int rank, long granted) {
    String place =
        String.format(Locale.ROOT, "%s (priority %d), business percentile %s: served %s",
            c.segment(), c.priority(),
            c.businessPercentile() == null ? "unknown" : String.format(Locale.ROOT, "%.1f", c.businessPercentile()),
            ordinal(rank));
    if (granted == c.requested()) {
      return place + "; fully allocated";
    }
    if (granted == 0) {
      return place + "; nothing left after the customers before it";
    }
    return place + "; partly allocated, " + granted + " of " + c.requested() + ": the rest was used up";
  }

  private static String ordinal(int n) {
    int lastTwo = n % 100;
    String suffix =
        lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (n % 10) {
          case 1 -> "st";
          case 2 -> "nd";
          case 3 -> "rd";
          default -> "th";
        };
    return n + suffix;
  }
}
