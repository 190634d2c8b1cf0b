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
      responses.add(
          new ResponseInput(
              String.format(java.util.Locale.ROOT, "DEMO-%06d", number), touchpoint.name(), rounded, comment,
              at.toString(), true));
    }
    return responses;
  }
}
