package com.tierwise.demo;

import com.tierwise.closedloop.ResponseInput;
import com.tierwise.closedloop.Touchpoint;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Survey responses for the demo customers (DEMO-000001...) over the last twelve months, so the NPS
 * pages have something to show: each customer has a mood of their own, scores improve slowly over
 * the year (the closed loop at work), about a third of the customers answer more than once (for
 * re-survey tracking), and some leave comments in Turkish, Persian, Arabic or English.
 */
public final class DemoResponses {

  private static final String[] COMMENTS = {
    "Teslimat çok hızlıydı, teşekkürler.",
    "İade süreci çok uzun sürdü.",
    "پشتیبانی خیلی کند بود.",
    "از خرید راضی بودم، ممنون.",
    "خدمة العملاء ممتازة.",
    "تأخر الشحن أسبوعًا كاملًا.",
    "The sales call was helpful and short.",
    "Website checkout failed twice.",
  };

  private final long seed;

  public DemoResponses(long seed) {
    this.seed = seed;
  }

  /** After a purchase, some answers are about the delivery or a return; other touchpoints keep their default stage. */
  private static String stage(Touchpoint touchpoint, double draw) {
    if (touchpoint != Touchpoint.AFTER_PURCHASE) {
      return null;
    }
    return draw < 0.5 ? null : draw < 0.8 ? "FULFILMENT" : "RETURNS";
  }

  /**
   * Six detractors in ten come with a reason code: browsing stages lean to marketing (the journey
   * promised too much), returns are split, the rest lean to service.
   */
  private static String attribution(Touchpoint touchpoint, String stage, double draw) {
    if (draw >= 0.6) {
      return null;
    }
    boolean browsing = touchpoint == Touchpoint.WEBSITE_VISIT || touchpoint == Touchpoint.SALES_CALL;
    double marketingShare = browsing ? 0.65 : "RETURNS".equals(stage) ? 0.45 : 0.2;
    return draw / 0.6 < marketingShare ? "MARKETING" : "SERVICE";
  }

  /** {@code count} responses for customers 1..{@code customers}, in time order, none after {@code now}. */
  public List<ResponseInput> generate(int customers, int count, Instant now) {
    if (customers < 1 || count < 0) {
      throw new IllegalArgumentException("customers must be positive and count not negative");
    }
    SplittableRandom random = new SplittableRandom(seed);
    // A third of the customers are "regulars" who answer again and again.
    int regulars = Math.max(1, customers / 3);
    List<ResponseInput> responses = new ArrayList<>(count);
    Duration year = Duration.ofDays(365);
    for (int i = 0; i < count; i++) {
      // Spread over the year, oldest first.
      Instant at = now.minus(year).plusSeconds((long) ((i + random.nextDouble()) * year.toSeconds() / Math.max(1, count)));
      if (at.isAfter(now)) {
        at = now;
      }
      int number = random.nextDouble() < 0.5 ? 1 + random.nextInt(regulars) : 1 + random.nextInt(customers);
      double progress = (double) i / Math.max(1, count); // 0 a year ago, 1 now
      double mood = new SplittableRandom(seed ^ number).nextGaussian() * 1.5;
      double score = 6.9 + mood + 1.0 * progress + random.nextGaussian() * 1.6;
      int rounded = (int) Math.max(0, Math.min(10, Math.round(score)));
      Touchpoint touchpoint = Touchpoint.values()[random.nextInt(Touchpoint.values().length)];
      String comment = random.nextDouble() < 0.3 ? COMMENTS[random.nextInt(COMMENTS.length)] : null;
      // Stage and attribution from a generator of their own, so the scores stay as they were.
      SplittableRandom charter = new SplittableRandom(seed * 31 + i);
      String stage = stage(touchpoint, charter.nextDouble());
      String attribution = rounded <= 6 ? attribution(touchpoint, stage, charter.nextDouble()) : null;
      responses.add(
          new ResponseInput(
              String.format(java.util.Locale.ROOT, "DEMO-%06d", number), touchpoint.name(), rounded, comment,
              at.toString(), true, stage, attribution));
    }
    return responses;
  }
}
