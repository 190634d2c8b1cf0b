package com.tierwise.web.portal.nps;

import com.tierwise.closedloop.ClosedLoopService;
import com.tierwise.closedloop.Nps;
import com.tierwise.closedloop.NpsDimension;
import com.tierwise.closedloop.NpsFilter;
import com.tierwise.closedloop.NpsGroup;
import com.tierwise.closedloop.Resurvey;
import com.tierwise.closedloop.Touchpoint;
import com.tierwise.closedloop.TrendPeriod;
import com.tierwise.web.portal.shell.PortalMessages;
import com.tierwise.web.portal.shell.SupportedLocales;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The NPS dashboard: the last twelve months (or the chosen touchpoint) at a glance, the monthly
 * trend, NPS by touchpoint, tier and HIC, and how re-surveyed customers moved.
 */
@Named
@ViewScoped
public class NpsDashboardView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ClosedLoopService closedLoop;

  private String touchpoint;
  private Nps overall;
  private String trendChart;
  private List<NpsGroup> byTouchpoint;
  private List<NpsGroup> byTier;
  private List<NpsGroup> byHic;
  private Resurvey resurvey;

  @PostConstruct
  public void init() {
    refresh();
  }

  /** Shows the figures again for the chosen touchpoint (none: all). */
  public void refresh() {
    FacesContext faces = FacesContext.getCurrentInstance();
    LocalDate today = LocalDate.now(Clock.systemUTC());
    // Twelve whole months up to today, so the first bucket of the trend is not a partial month.
    NpsFilter filter =
        new NpsFilter(
            Touchpoint.parse(touchpoint).orElse(null), null,
            today.withDayOfMonth(1).minusMonths(11).atStartOfDay(ZoneOffset.UTC).toInstant(),
            today.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    overall = closedLoop.nps(filter);
    List<NpsGroup> months = closedLoop.npsTrend(TrendPeriod.MONTH, filter);
    trendChart =
        months.isEmpty()
            ? null
            : NpsTrendChart.line(
                months, PortalMessages.text(faces, "nps.trend.dataset"), PortalMessages.locale(faces),
                SupportedLocales.isRightToLeft(PortalMessages.locale(faces)));
    byTouchpoint = closedLoop.npsBreakdown(NpsDimension.TOUCHPOINT, filter);
    byTier = closedLoop.npsBreakdown(NpsDimension.TIER, filter);
    byHic = closedLoop.npsBreakdown(NpsDimension.HIC, filter);
    resurvey = closedLoop.resurvey(filter);
  }

  public List<Touchpoint> getTouchpoints() {
    return List.of(Touchpoint.values());
  }

  public String getTouchpoint() {
    return touchpoint;
  }

  public void setTouchpoint(String touchpoint) {
    this.touchpoint = touchpoint;
  }

  public Nps getOverall() {
    return overall;
  }

  public String getTrendChart() {
    return trendChart;
  }

  public List<NpsGroup> getByTouchpoint() {
    return byTouchpoint;
  }

  public List<NpsGroup> getByTier() {
    return byTier;
  }

  public List<NpsGroup> getByHic() {
    return byHic;
  }

  public Resurvey getResurvey() {
    return resurvey;
  }
}
