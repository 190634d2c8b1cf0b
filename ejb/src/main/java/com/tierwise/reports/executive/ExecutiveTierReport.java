package com.tierwise.reports.executive;

import com.tierwise.reports.ReportPeriod;
import com.tierwise.reports.ReportTexts;
import com.tierwise.reports.executive.ExecutiveTierFigures.Cell;
import com.tierwise.reports.executive.ExecutiveTierFigures.ChangeCount;
import com.tierwise.reports.executive.ExecutiveTierFigures.Reason;
import com.tierwise.reports.executive.ExecutiveTierFigures.Run;
import com.tierwise.reports.rendering.BarChart;
import com.tierwise.reports.rendering.ReportDocument;
import com.tierwise.reports.rendering.ReportDocument.Cells;
import com.tierwise.reports.rendering.ReportDocument.Chart;
import com.tierwise.reports.rendering.ReportDocument.Header;
import com.tierwise.reports.rendering.ReportDocument.Note;
import com.tierwise.reports.rendering.ReportDocument.Row;
import com.tierwise.reports.rendering.ReportDocument.Section;
import com.tierwise.tiering.Movement;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Lays the executive tier figures out as a report in the reader's language. */
public final class ExecutiveTierReport {

  private static final List<String> BANDS_DOWN = List.of("HIGH", "MID", "LOW");
  private static final List<String> BANDS_ACROSS = List.of("LOW", "MID", "HIGH");

  private final ReportTexts t;

  public ExecutiveTierReport(ReportTexts texts) {
    this.t = texts;
  }

  public ReportDocument document(ExecutiveTierFigures figures, ReportPeriod period, Instant readAt) {
    List<Section> sections = new ArrayList<>();
    Run latest = figures.latest();
    if (latest == null) {
      sections.add(new Section(t.text("exec.distribution"), List.of(new Note(t.text("exec.noRun")))));
    } else {
      sections.add(distribution(latest, figures.trend()));
      sections.add(trend(figures.trend()));
      sections.add(grid(figures.grid()));
      sections.add(tierAChanges(figures));
    }
    sections.add(overrides(figures.overrides()));
    sections.add(hic(figures.hic()));
    if (latest != null) {
      sections.add(pareto(figures.pareto()));
      sections.add(dataGaps(latest));
    }
    return new ReportDocument(
        t.text("exec.title"),
        t.period(period),
        t.text("report.dataTimestamp", t.dateTime(readAt)),
        t.text("report.footer"),
        t.text("report.page"),
        t.locale(),
        sections);
  }

  private Section distribution(Run latest, List<Run> trend) {
    List<Row> rows = new ArrayList<>();
    rows.add(new Note(t.text("exec.latestRun", t.count(latest.id()), t.dateTime(latest.finishedAt()), t.count(latest.customers()))));
    rows.add(new Header(List.of(t.text("exec.tier"), t.text("exec.customers"), t.text("exec.share"))));
    long[] counts = {latest.a(), latest.b(), latest.c(), latest.untiered()};
    String[] labels = {"A", "B", "C", t.text("exec.untiered")};
    for (int i = 0; i < counts.length; i++) {
      rows.add(new Cells(List.of(labels[i], t.count(counts[i]), t.percent(share(counts[i], latest.customers())))));
    }
    if (latest.overridden() > 0) {
      rows.add(new Note(t.text("exec.overridden", t.count(latest.overridden()))));
    }
    List<String> categories = trend.stream().map(run -> "#" + run.id()).toList();
    rows.add(
        new Chart(
            new BarChart(
                categories,
                List.of(
                    new BarChart.Series("A", trend.stream().map(run -> (double) run.a()).toList()),
                    new BarChart.Series("B", trend.stream().map(run -> (double) run.b()).toList()),
                    new BarChart.Series("C", trend.stream().map(run -> (double) run.c()).toList()),
                    new BarChart.Series(labels[3], trend.stream().map(run -> (double) run.untiered()).toList())),
                true)));
    return new Section(t.text("exec.distribution"), rows);
  }

  private Section trend(List<Run> trend) {
    List<Row> rows = new ArrayList<>();
    rows.add(new Header(List.of(t.text("exec.run"), "A", "B", "C", t.text("exec.untiered"))));
    for (Run run : trend) {
      rows.add(
          new Cells(
              List.of(
                  "#" + run.id() + " · " + t.dateTime(run.finishedAt()), t.count(run.a()), t.count(run.b()),
                  t.count(run.c()), t.count(run.untiered()))));
    }
    return new Section(t.text("exec.trend"), rows);
  }

  private Section grid(List<Cell> cells) {
    List<Row> rows = new ArrayList<>();
    rows.add(new Note(t.text("exec.gridExplained")));
    List<String> header = new ArrayList<>();
    header.add(t.text("exec.gridCorner"));
    BANDS_ACROSS.forEach(band -> header.add(t.text("band." + band)));
    rows.add(new Header(header));
    for (String business : BANDS_DOWN) {
      List<String> line = new ArrayList<>();
      line.add(t.text("band." + business));
      for (String cx : BANDS_ACROSS) {
        Cell cell =
            cells.stream()
                .filter(c -> c.businessBand().equals(business) && c.cxBand().equals(cx))
                .findFirst()
                .orElse(null);
        line.add(cell == null ? "–" : cell.tier() + " · " + t.count(cell.customers()));
      }
      rows.add(new Cells(line));
    }
    return new Section(t.text("exec.grid"), rows);
  }

  private Section tierAChanges(ExecutiveTierFigures figures) {
    List<Row> rows = new ArrayList<>();
    rows.add(new Header(List.of(t.text("exec.change"), t.text("exec.byData"), t.text("exec.byOverride"))));
    for (boolean entered : new boolean[] {true, false}) {
      rows.add(
          new Cells(
              List.of(
                  t.text(entered ? "exec.enteredA" : "exec.leftA"),
                  t.count(changeCount(figures.tierAChangeCounts(), entered, Reason.DATA)),
                  t.count(changeCount(figures.tierAChangeCounts(), entered, Reason.OVERRIDE)))));
    }
    if (figures.tierAChanges().isEmpty()) {
      rows.add(new Note(t.text("exec.noAChanges")));
    } else {
      rows.add(
          new Header(List.of(t.text("exec.customer"), t.text("exec.before"), t.text("exec.now"), t.text("exec.reason"))));
      for (ExecutiveTierFigures.TierAChange change : figures.tierAChanges()) {
        rows.add(
            new Cells(
                List.of(
                    change.name() + " (" + change.externalId() + ")", tier(change.previousTier()), tier(change.tier()),
                    t.text("exec.reason." + change.reason()))));
      }
    }
    if (!figures.movements().isEmpty()) {
      rows.add(new Header(List.of(t.text("exec.movementFrom"), t.text("exec.movementTo"), t.text("exec.customers"))));
      for (Movement movement : figures.movements()) {
        rows.add(new Cells(List.of(tier(movement.from()), tier(movement.to()), t.count(movement.customers()))));
      }
    }
    return new Section(t.text("exec.changes"), rows);
  }

  private Section overrides(ExecutiveTierFigures.Overrides overrides) {
    List<Row> rows = new ArrayList<>();
    rows.add(new Cells(List.of(t.text("exec.overridesApproved"), t.count(overrides.approved()))));
    rows.add(new Cells(List.of(t.text("exec.overridesRejected"), t.count(overrides.rejected()))));
    rows.add(new Cells(List.of(t.text("exec.overridesPending"), t.count(overrides.pendingCount()))));
    if (!overrides.pending().isEmpty()) {
      rows.add(
          new Header(
              List.of(t.text("exec.customer"), t.text("exec.tier"), t.text("exec.reason"), t.text("exec.requestedBy"),
                  t.text("exec.requestedAt"))));
      for (ExecutiveTierFigures.PendingOverride pending : overrides.pending()) {
        rows.add(
            new Cells(
                List.of(
                    pending.name() + " (" + pending.externalId() + ")", pending.tier(),
                    t.text("overrideReason." + pending.reason()), pending.requestedBy(), t.dateTime(pending.requestedAt()))));
      }
    }
    return new Section(t.text("exec.overrides"), rows);
  }

  private Section hic(ExecutiveTierFigures.Hic hic) {
    List<Row> rows = new ArrayList<>();
    if (hic.count() == 0) {
      rows.add(new Note(t.text("exec.noHic")));
    } else {
      rows.add(new Cells(List.of(t.text("exec.hicCount"), t.count(hic.count()))));
      rows.add(new Header(List.of(t.text("exec.customer"), t.text("exec.tier"), t.text("exec.businessValue"))));
      for (ExecutiveTierFigures.HicCustomer customer : hic.top()) {
        rows.add(
            new Cells(
                List.of(customer.name() + " (" + customer.externalId() + ")", tier(customer.tier()),
                    t.money(customer.businessValue()))));
      }
    }
    // Nominations and their history come with the HIC governance feature; until then say so.
    rows.add(new Note(t.text("exec.hicChangesUntracked")));
    return new Section(t.text("exec.hic"), rows);
  }

  private Section pareto(ExecutiveTierFigures.Pareto pareto) {
    List<Row> rows = new ArrayList<>();
    rows.add(new Header(List.of(t.text("exec.tier"), t.text("exec.customers"), t.text("exec.businessValue"), t.text("exec.share"))));
    BigDecimal total = pareto.total();
    List<String> categories = new ArrayList<>();
    List<Double> shares = new ArrayList<>();
    for (ExecutiveTierFigures.TierValue tier : pareto.byTier()) {
      Double share = share(tier.value(), total);
      rows.add(new Cells(List.of(tier.tier(), t.count(tier.customers()), t.money(tier.value()), t.percent(share))));
      categories.add(tier.tier());
      shares.add(share == null ? 0 : share * 100);
    }
    rows.add(
        new Cells(
            List.of(
                t.text("exec.topFifth"), t.count(pareto.topFifthCustomers()), t.money(pareto.topFifthValue()),
                t.percent(pareto.topFifthShare()))));
    rows.add(new Note(t.text("exec.paretoExplained", t.count(pareto.customersWithValue()), t.money(total))));
    categories.add(t.text("exec.topFifthShort"));
    shares.add(pareto.topFifthShare() == null ? 0 : pareto.topFifthShare() * 100);
    rows.add(new Chart(new BarChart(categories, List.of(new BarChart.Series(t.text("exec.shareOfValue"), shares)), false)));
    return new Section(t.text("exec.pareto"), rows);
  }

  private Section dataGaps(Run latest) {
    List<Row> rows = new ArrayList<>();
    rows.add(new Header(List.of(t.text("exec.gap"), t.text("exec.customers"), t.text("exec.share"))));
    long missingBusiness = latest.customers() - latest.businessKnown();
    long missingCx = latest.customers() - latest.cxKnown();
    rows.add(new Cells(List.of(t.text("exec.missingBusiness"), t.count(missingBusiness), t.percent(share(missingBusiness, latest.customers())))));
    rows.add(new Cells(List.of(t.text("exec.missingCx"), t.count(missingCx), t.percent(share(missingCx, latest.customers())))));
    rows.add(new Cells(List.of(t.text("exec.untiered"), t.count(latest.untiered()), t.percent(share(latest.untiered(), latest.customers())))));
    return new Section(t.text("exec.gaps"), rows);
  }

  private String tier(String code) {
    if (code == null || code.isBlank() || "UNTIERED".equals(code)) {
      return t.text("exec.untiered");
    }
    if ("NONE".equals(code)) {
      return t.text("exec.notPresent");
    }
    return code;
  }

  private static long changeCount(List<ChangeCount> counts, boolean entered, Reason reason) {
    return counts.stream()
        .filter(count -> count.entered() == entered && count.reason() == reason)
        .mapToLong(ChangeCount::customers)
        .sum();
  }

  private static Double share(long part, long whole) {
    return whole == 0 ? null : (double) part / whole;
  }

  private static Double share(BigDecimal part, BigDecimal whole) {
    return part == null || whole == null || whole.signum() <= 0 ? null : part.doubleValue() / whole.doubleValue();
  }
}
