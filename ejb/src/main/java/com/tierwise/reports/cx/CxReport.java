package com.tierwise.reports.cx;

import com.tierwise.charter.AttributionReport;
import com.tierwise.closedloop.Nps;
import com.tierwise.organisation.scorecard.Scorecard;
import com.tierwise.reports.ReportPeriod;
import com.tierwise.reports.ReportTexts;
import com.tierwise.reports.cx.CxFigures.Compared;
import com.tierwise.reports.rendering.BarChart;
import com.tierwise.reports.rendering.ReportDocument;
import com.tierwise.reports.rendering.ReportDocument.Cells;
import com.tierwise.reports.rendering.ReportDocument.Chart;
import com.tierwise.reports.rendering.ReportDocument.Header;
import com.tierwise.reports.rendering.ReportDocument.Note;
import com.tierwise.reports.rendering.ReportDocument.Row;
import com.tierwise.reports.rendering.ReportDocument.Section;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;

/** Lays the CX figures out as a report in the reader's language. */
public final class CxReport {

  private final ReportTexts t;
  private final Scorecard scorecard;

  public CxReport(ReportTexts texts) {
    this(texts, null);
  }

  /** With the scorecard of the quarter the report period ends in (null: none to show). */
  public CxReport(ReportTexts texts, Scorecard scorecard) {
    this.t = texts;
    this.scorecard = scorecard;
  }

  public ReportDocument document(CxFigures figures, ReportPeriod period, Instant readAt) {
    List<Section> sections = new ArrayList<>();
    sections.add(overall(figures.overall()));
    sections.add(compared("cx.byTier", "cx.group", figures.byTier(), "cx.tier."));
    sections.add(compared("cx.byHic", "cx.group", figures.byHic(), "cx.hic."));
    Section touchpoints = compared("cx.byTouchpoint", "cx.touchpoint", figures.byTouchpoint(), "touchpoint.");
    List<Row> touchpointRows = new ArrayList<>(touchpoints.rows());
    touchpointRows.add(
        new Chart(
            new BarChart(
                figures.byTouchpoint().stream().map(c -> t.text("touchpoint." + c.group())).toList(),
                List.of(
                    new BarChart.Series(t.text("cx.promoters"), figures.byTouchpoint().stream().map(c -> (double) c.now().promoters()).toList()),
                    new BarChart.Series(t.text("cx.passives"), figures.byTouchpoint().stream().map(c -> (double) c.now().passives()).toList()),
                    new BarChart.Series(t.text("cx.detractors"), figures.byTouchpoint().stream().map(c -> (double) c.now().detractors()).toList())),
                true)));
    sections.add(new Section(touchpoints.title(), touchpointRows));
    sections.add(months(figures.months()));
    sections.add(lifecycle(figures.attribution()));
    sections.add(closedLoop(figures.closedLoop()));
    sections.add(attribution(figures.attribution()));
    sections.add(new CxScorecardSection(t).section(scorecard));
    return new ReportDocument(
        t.text("cx.title"),
        t.period(period),
        t.text("report.dataTimestamp", t.dateTime(readAt)),
        t.text("report.footer"),
        t.text("report.page"),
        t.locale(),
        sections);
  }

  private Section overall(Compared overall) {
    List<Row> rows = new ArrayList<>();
    rows.add(new Header(List.of("", t.text("cx.thisPeriod"), t.text("cx.previousPeriod"))));
    rows.add(new Cells(List.of(t.text("cx.responses"), t.count(overall.now().responses()), t.count(overall.before().responses()))));
    rows.add(new Cells(List.of(t.text("cx.promoters"), t.count(overall.now().promoters()), t.count(overall.before().promoters()))));
    rows.add(new Cells(List.of(t.text("cx.passives"), t.count(overall.now().passives()), t.count(overall.before().passives()))));
    rows.add(new Cells(List.of(t.text("cx.detractors"), t.count(overall.now().detractors()), t.count(overall.before().detractors()))));
    rows.add(new Cells(List.of(t.text("cx.nps"), t.score(overall.now().nps()), t.score(overall.before().nps()))));
    if (overall.now().responses() == 0) {
      rows.add(new Note(t.text("cx.noResponses")));
    }
    return new Section(t.text("cx.overall"), rows);
  }

  private Section compared(String titleKey, String groupKey, List<Compared> groups, String labelPrefix) {
    List<Row> rows = new ArrayList<>();
    rows.add(
        new Header(
            List.of(t.text(groupKey), t.text("cx.responses"), t.text("cx.nps"), t.text("cx.npsBefore"), t.text("cx.change"))));
    for (Compared group : groups) {
      Nps now = group.now();
      rows.add(
          new Cells(
              List.of(
                  t.text(labelPrefix + group.group()), t.count(now.responses()), t.score(now.nps()),
                  t.score(group.before().nps()), t.change(now.nps(), group.before().nps()))));
    }
    return new Section(t.text(titleKey), rows);
  }

  private Section months(List<CxFigures.Month> months) {
    List<Row> rows = new ArrayList<>();
    rows.add(new Header(List.of(t.text("cx.month"), t.text("cx.responses"), t.text("cx.nps"))));
    List<String> labels = new ArrayList<>();
    List<Double> scores = new ArrayList<>();
    for (CxFigures.Month month : months) {
      var date = month.start().atZone(ZoneOffset.UTC);
      String label = date.getMonth().getDisplayName(TextStyle.SHORT_STANDALONE, t.locale()) + " " + date.getYear();
      rows.add(new Cells(List.of(label, t.count(month.nps().responses()), t.score(month.nps().nps()))));
      labels.add(label);
      // Bars cannot go below zero; the table carries the sign, the chart the volume of answers.
      scores.add((double) month.nps().responses());
    }
    rows.add(new Chart(new BarChart(labels, List.of(new BarChart.Series(t.text("cx.responses"), scores)), false)));
    return new Section(t.text("cx.months"), rows);
  }

  /** NPS by lifecycle stage (the stage a response is about: stated, found by the follow-up, or its touchpoint's). */
  private Section lifecycle(AttributionReport attribution) {
    List<Row> rows = new ArrayList<>();
    rows.add(
        new Header(
            List.of(t.text("attribution.stage"), t.text("cx.responses"), t.text("cx.promoters"), t.text("cx.detractors"), t.text("cx.nps"))));
    for (AttributionReport.StageResult stage : attribution.stages()) {
      rows.add(
          new Cells(
              List.of(
                  t.text("attribution.stage." + stage.stage()), t.count(stage.nps().responses()),
                  t.count(stage.nps().promoters()), t.count(stage.nps().detractors()), t.score(stage.nps().nps()))));
    }
    rows.add(new Note(t.text("attribution.stageExplained")));
    return new Section(t.text("cx.lifecycle"), rows);
  }

  /** Detractors by stage and whose half failed, the two shared questions, and the charter's targets. */
  private Section attribution(AttributionReport attribution) {
    List<Row> rows = new ArrayList<>();
    rows.add(
        new Header(
            List.of(
                t.text("attribution.stage"), t.text("cx.detractors"), t.text("attribution.marketing"),
                t.text("attribution.service"), t.text("attribution.unattributed"))));
    for (AttributionReport.StageResult stage : attribution.stages()) {
      AttributionReport.Split split = stage.detractors();
      rows.add(
          new Cells(
              List.of(
                  t.text("attribution.stage." + stage.stage()), t.count(split.total()),
                  t.count(split.marketing()) + " (" + t.percent(split.marketingShare()) + ")",
                  t.count(split.service()) + " (" + t.percent(split.serviceShare()) + ")",
                  t.count(split.unattributed()))));
    }
    rows.add(new Note(t.text("attribution.browseQuestion")));
    rows.add(new Note(answer(attribution.browseNoPurchase())));
    rows.add(new Note(t.text("attribution.returnsQuestion")));
    rows.add(new Note(answer(attribution.returns())));
    if (attribution.charterVersion() == null) {
      rows.add(new Note(t.text("attribution.noCharter")));
    } else {
      long met = attribution.cells().stream().filter(c -> Boolean.TRUE.equals(c.met())).count();
      long missed = attribution.cells().stream().filter(c -> Boolean.FALSE.equals(c.met())).count();
      long unmeasured = attribution.cells().stream().filter(c -> c.target() != null && c.met() == null).count();
      rows.add(new Note(t.text("attribution.targets", attribution.charterVersion(), met, missed, unmeasured)));
      if (missed > 0) {
        rows.add(
            new Header(
                List.of(
                    t.text("attribution.missedCell"), t.text("attribution.metric"), t.text("attribution.measured"),
                    t.text("attribution.target"), t.text("attribution.owner"))));
      }
      for (AttributionReport.CellResult cell : attribution.cells()) {
        if (Boolean.FALSE.equals(cell.met())) {
          rows.add(
              new Cells(
                  List.of(
                      t.text("attribution.stage." + cell.stage()) + " · " + t.text("attribution.segment." + cell.segment()),
                      t.text("attribution.metric." + cell.target().metric()), t.score(cell.measured()),
                      t.score(cell.target().target().doubleValue()), cell.target().owner().name())));
        }
      }
    }
    return new Section(t.text("cx.attribution"), rows);
  }

  private String answer(AttributionReport.Question question) {
    AttributionReport.Split split = question.detractors();
    return t.text(
            "attribution.verdict." + question.verdict(), t.count(split.total()), t.count(split.marketing()),
            t.count(split.service()), t.count(split.unattributed()));
  }

  private Section closedLoop(List<CxFigures.TaskFigures> tasks) {
    List<Row> rows = new ArrayList<>();
    rows.add(
        new Header(
            List.of(t.text("cx.taskType"), t.text("cx.opened"), t.text("cx.done"), t.text("cx.onTime"), t.text("cx.overdue"))));
    for (CxFigures.TaskFigures task : tasks) {
      Double onTime = task.done() == 0 ? null : (double) task.doneOnTime() / task.done();
      rows.add(
          new Cells(
              List.of(
                  t.text("taskType." + task.type()), t.count(task.opened()), t.count(task.done()),
                  t.count(task.doneOnTime()) + " (" + t.percent(onTime) + ")", t.count(task.openOverdue()))));
    }
    rows.add(new Note(t.text("cx.closedLoopExplained")));
    return new Section(t.text("cx.closedLoop"), rows);
  }
}
