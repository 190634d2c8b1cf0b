package com.tierwise.tiering;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * How concentrated the business value is: the share of the total held by the top x% of customers
 * (ranked by business value, those with the value unknown left out), and the "80/20" facts.
 *
 * @param points the cumulative curve, from the biggest customers down, ending at 100% of customers
 * @param topFifthShare share of the total held by the top 20% of customers (0-1), null when the total
 *     is not positive
 * @param customersForFourFifths the smallest share of customers (0-1) holding at least 80% of the
 *     total, null when the total is not positive
 */
public record ParetoCurve(List<Point> points, Double topFifthShare, Double customersForFourFifths)
    implements Serializable {

  /** {@code customerShare} of the customers hold {@code valueShare} of the business value. */
  public record Point(double customerShare, double valueShare) implements Serializable {}

  /** One slice of customers in rank order: how many and the sum of their business value. */
  public record Slice(long customers, BigDecimal value) {}

  public static final ParetoCurve EMPTY = new ParetoCurve(List.of(), null, null);

  /**
   * Builds the curve from consecutive slices, biggest customers first. Losses (negative values)
   * count in the total, so the curve may rise above 100% before the loss-makers bring it back.
   */
  public static ParetoCurve of(List<Slice> slices) {
    long customers = slices.stream().mapToLong(Slice::customers).sum();
    BigDecimal total = slices.stream().map(Slice::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    if (customers == 0 || total.signum() <= 0) {
      return EMPTY;
    }
    List<Point> points = new ArrayList<>();
    points.add(new Point(0, 0));
    long seen = 0;
    BigDecimal cumulative = BigDecimal.ZERO;
    Double topFifth = null;
    Double forFourFifths = null;
    for (Slice slice : slices) {
      long before = seen;
      BigDecimal valueBefore = cumulative;
      seen += slice.customers();
      cumulative = cumulative.add(slice.value());
      double customerShare = (double) seen / customers;
      double valueShare = share(cumulative, total);
      if (topFifth == null && customerShare >= 0.2) {
        // Interpolate inside the slice that crosses 20% of customers.
        double into = (0.2 * customers - before) / slice.customers();
        topFifth = share(valueBefore, total) + into * (valueShare - share(valueBefore, total));
      }
      if (forFourFifths == null && valueShare >= 0.8) {
        double needed = (0.8 - share(valueBefore, total)) / (valueShare - share(valueBefore, total));
        forFourFifths = (before + needed * slice.customers()) / customers;
      }
      points.add(new Point(customerShare, valueShare));
    }
    return new ParetoCurve(List.copyOf(points), topFifth, forFourFifths);
  }

  private static double share(BigDecimal part, BigDecimal total) {
    return part.divide(total, MathContext.DECIMAL64).doubleValue();
  }
}
