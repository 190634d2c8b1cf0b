package com.tierwise.closedloop;

import java.io.Serializable;

/**
 * Net Promoter Score of a set of responses: promoters score 9-10, passives 7-8, detractors 0-6,
 * and {@code nps = 100 x (promoters - detractors) / responses}, null when there are none.
 *
 * <p>The score is kept at full double precision (33.333333333333336 for one promoter in three
 * responses); rounding is for whoever displays it, so sums and trends stay exact enough.
 */
public record Nps(long responses, long promoters, long passives, long detractors, Double nps) implements Serializable {

  /** The three groups of the 0-10 likelihood-to-recommend scale. */
  public enum Category {
    PROMOTER,
    PASSIVE,
    DETRACTOR;

    public static Category of(int score) {
      if (score < 0 || score > 10) {
        throw new IllegalArgumentException("An NPS score is 0 to 10, not " + score);
      }
      return score >= 9 ? PROMOTER : score >= 7 ? PASSIVE : DETRACTOR;
    }
  }

  public static Nps of(long promoters, long passives, long detractors) {
    if (promoters < 0 || passives < 0 || detractors < 0) {
      throw new IllegalArgumentException("Response counts cannot be negative");
    }
    long responses = promoters + passives + detractors;
    Double nps = responses == 0 ? null : 100.0 * (promoters - detractors) / responses;
    return new Nps(responses, promoters, passives, detractors, nps);
  }

  /** The NPS of individual scores, each 0 to 10. */
  public static Nps ofScores(int... scores) {
    long promoters = 0;
    long passives = 0;
    long detractors = 0;
    for (int score : scores) {
      switch (Category.of(score)) {
        case PROMOTER -> promoters++;
        case PASSIVE -> passives++;
        case DETRACTOR -> detractors++;
      }
    }
    return of(promoters, passives, detractors);
  }
}
