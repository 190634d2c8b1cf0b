package com.tierwise.charter;

import com.tierwise.closedloop.Nps;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * Feedback by lifecycle stage, segment and attribution for a period, against the effective
 * charter's targets, and the two questions the executives share (DOMAIN.md section 3).
 *
 * @param charterVersion the effective version whose targets were compared; null when none is effective
 */
public record AttributionReport(
    Instant from,
    Instant to,
    Integer charterVersion,
    List<StageResult> stages,
    List<CellResult> cells,
    Question browseNoPurchase,
    Question returns) implements Serializable {

  /** Detractors split by whose half of the experience failed. */
  public record Split(long marketing, long service, long unattributed) implements Serializable {
    public long total() {
      return marketing + service + unattributed;
    }

    /** Share of the attributed ones that are marketing's, 0..1; null when none is attributed. */
    public Double marketingShare() {
      long attributed = marketing + service;
      return attributed == 0 ? null : (double) marketing / attributed;
    }

    public Double serviceShare() {
      Double marketingShare = marketingShare();
      return marketingShare == null ? null : 1 - marketingShare;
    }

    Split plus(Split other) {
      return new Split(marketing + other.marketing, service + other.service, unattributed + other.unattributed);
    }
  }

  /** A stage over every customer (the untiered too). */
  public record StageResult(LifecycleStage stage, Nps nps, Split detractors) implements Serializable {}

  /**
   * A cell of the matrix: what was measured and the charter's target, met or missed.
   *
   * @param followUpInTime share of due follow-up calls done in time, in percent; null when none was due
   * @param target the effective charter's cell; null when the charter has none here
   * @param measured the cell's metric as measured; null when there is nothing to measure
   * @param met null when there is no target or nothing measured
   */
  public record CellResult(
      LifecycleStage stage, Segment segment, Nps nps, Split detractors, Double followUpInTime, CharterCell target,
      Double measured, Boolean met) implements Serializable {}

  /** The answer to a shared question: the detractors of its stages, and whose half failed more. */
  public record Question(List<LifecycleStage> stages, Split detractors, Verdict verdict) implements Serializable {}

  public enum Verdict {
    /** More detractors attributed to marketing (the journey, wrong expectations). */
    MOSTLY_MARKETING,
    /** More attributed to service (pre-sale help, fulfilment, support). */
    MOSTLY_SERVICE,
    EVEN,
    /** No detractor of these stages is attributed yet. */
    NOT_ATTRIBUTED;

    static Verdict of(Split split) {
      if (split.marketing() + split.service() == 0) {
        return NOT_ATTRIBUTED;
      }
      return split.marketing() > split.service()
          ? MOSTLY_MARKETING
          : split.service() > split.marketing() ? MOSTLY_SERVICE : EVEN;
    }
  }
}
