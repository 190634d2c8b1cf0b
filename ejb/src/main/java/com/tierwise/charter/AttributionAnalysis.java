package com.tierwise.charter;

import com.tierwise.charter.AttributionReport.CellResult;
import com.tierwise.charter.AttributionReport.Question;
import com.tierwise.charter.AttributionReport.Split;
import com.tierwise.charter.AttributionReport.StageResult;
import com.tierwise.charter.AttributionReport.Verdict;
import com.tierwise.closedloop.Nps;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns grouped feedback into the stage × segment matrix with targets met or missed, and answers
 * "browse but no purchase: marketing journey or pre-sale service?" (interest and pre-order
 * detractors) and "returns: wrong expectations or a fulfilment failure?" (returns detractors).
 */
public final class AttributionAnalysis {

  static final List<LifecycleStage> BROWSING = List.of(LifecycleStage.INTEREST, LifecycleStage.PRE_ORDER);
  static final List<LifecycleStage> RETURNING = List.of(LifecycleStage.RETURNS);

  private AttributionAnalysis() {}

  public static AttributionReport analyse(
      List<AttributionRow> rows, Optional<CharterVersion> charter, Instant from, Instant to) {
    List<StageResult> stages = new ArrayList<>();
    for (LifecycleStage stage : LifecycleStage.values()) {
      List<AttributionRow> ofStage = rows.stream().filter(r -> r.stage() == stage).toList();
      stages.add(new StageResult(stage, nps(ofStage), split(ofStage)));
    }
    List<CellResult> cells = new ArrayList<>();
    for (LifecycleStage stage : LifecycleStage.values()) {
      for (Segment segment : Segment.values()) {
        List<AttributionRow> ofCell = rows.stream().filter(r -> r.stage() == stage && r.segment() == segment).toList();
        Nps nps = nps(ofCell);
        long due = ofCell.stream().mapToLong(AttributionRow::followUpsDue).sum();
        long onTime = ofCell.stream().mapToLong(AttributionRow::followUpsOnTime).sum();
        Double inTime = due == 0 ? null : 100.0 * onTime / due;
        CharterCell target = charter.flatMap(c -> c.cell(stage, segment)).orElse(null);
        Double measured = target == null ? null : measure(target.metric(), nps, inTime);
        Boolean met = target == null ? null : target.metric().met(measured, target.target());
        cells.add(new CellResult(stage, segment, nps, split(ofCell), inTime, target, measured, met));
      }
    }
    return new AttributionReport(
        from, to, charter.map(CharterVersion::number).orElse(null), stages, cells, question(BROWSING, stages),
        question(RETURNING, stages));
  }

  static Double measure(TargetMetric metric, Nps nps, Double followUpInTime) {
    return switch (metric) {
      case NPS -> nps.nps();
      case DETRACTOR_SHARE -> nps.responses() == 0 ? null : 100.0 * nps.detractors() / nps.responses();
      case FOLLOW_UP_IN_TIME -> followUpInTime;
    };
  }

  private static Question question(List<LifecycleStage> of, List<StageResult> stages) {
    Split split = new Split(0, 0, 0);
    for (StageResult stage : stages) {
      if (of.contains(stage.stage())) {
        split = split.plus(stage.detractors());
      }
    }
    return new Question(of, split, Verdict.of(split));
  }

  private static Nps nps(List<AttributionRow> rows) {
    return Nps.of(
        rows.stream().mapToLong(AttributionRow::promoters).sum(),
        rows.stream().mapToLong(AttributionRow::passives).sum(),
        rows.stream().mapToLong(AttributionRow::detractors).sum());
  }

  private static Split split(List<AttributionRow> rows) {
    long marketing = 0;
    long service = 0;
    long none = 0;
    for (AttributionRow row : rows) {
      if (row.attribution() == Attribution.MARKETING) {
        marketing += row.detractors();
      } else if (row.attribution() == Attribution.SERVICE) {
        service += row.detractors();
      } else {
        none += row.detractors();
      }
    }
    return new Split(marketing, service, none);
  }
}
