package com.tierwise.reports.cx;

import com.tierwise.closedloop.Nps;
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

  public CxReport(ReportTexts texts) {
    this.t = texts;
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
    // Survey responses carry no lifecycle stage yet (DOMAIN.md section 3): say so, invent nothing.
    sections.add(new Section(t.text("cx.lifecycle"), List.of(new Note(t.text("cx.lifecycleMissing")))));
    sections.add(closedLoop(figures.closedLoop()));
    sections.add(new Section(t.text("cx.attribution"), List.of(new Note(t.text("cx.attributionMissing")))));
    sections.add(new Section(t.text("cx.scorecard"), List.of(new Note(t.text("cx.scorecardMissing")))));
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
