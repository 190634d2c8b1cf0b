package com.tierwise.reports.cx;

import com.tierwise.organisation.scorecard.Scorecard;
import com.tierwise.organisation.scorecard.ScorecardRow;
import com.tierwise.reports.ReportTexts;
import com.tierwise.reports.rendering.ReportDocument.Cells;
import com.tierwise.reports.rendering.ReportDocument.Header;
import com.tierwise.reports.rendering.ReportDocument.Note;
import com.tierwise.reports.rendering.ReportDocument.Row;
import com.tierwise.reports.rendering.ReportDocument.Section;
import java.util.ArrayList;
import java.util.List;

/**
 * The CX report's scorecard section: for the quarter the report period ends in, each team's metrics
 * that have a target or a value, against the target, with the accountable executive.
 */
final class CxScorecardSection {

  private final ReportTexts t;

  CxScorecardSection(ReportTexts texts) {
    this.t = texts;
  }

  Section section(Scorecard scorecard) {
    List<Row> rows = new ArrayList<>();
    if (scorecard == null || scorecard.teams().isEmpty()) {
      rows.add(new Note(t.text("cx.scorecardMissing")));
      return new Section(t.text("cx.scorecard"), rows);
    }
    rows.add(new Note(t.text("cx.scorecardQuarter", scorecard.quarter().toString(), scorecard.met(), scorecard.missed())));
    rows.add(new Header(List.of(
        t.text("cx.scorecardTeam"), t.text("cx.scorecardMetric"), t.text("cx.scorecardOwner"),
        t.text("cx.scorecardActual") + " / " + t.text("cx.scorecardTarget"), t.text("cx.scorecardResult"))));
    for (ScorecardRow row : scorecard.rows()) {
      if (row.actual() == null && row.target() == null) {
        continue;
      }
      rows.add(new Cells(List.of(
          row.team(),
          t.text("cx.metric." + row.metric()),
          row.owner() == null ? t.text("cx.scorecardNoOwner") : row.owner(),
          t.score(row.actual()) + " / " + t.score(row.target()),
          t.text("cx.result." + row.status()))));
    }
    return new Section(t.text("cx.scorecard"), rows);
  }
}
