package com.tierwise.web.portal.teams;

import com.tierwise.closedloop.ClosedLoopService;
import com.tierwise.closedloop.TaskType;
import com.tierwise.closedloop.TeamPerformance;
import com.tierwise.organisation.team.Team;
import com.tierwise.organisation.team.TeamService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The team directory (who is in which team, who manages them) and the closed loop by team: the
 * share of follow-up calls done in time, counted per assignee's team.
 */
@Named
@ViewScoped
public class TeamsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private TeamService teamService;
  @EJB private ClosedLoopService closedLoop;

  private List<Team> teams;
  private List<TeamPerformance> performance;

  @PostConstruct
  public void init() {
    teams = teamService.organisation().teams();
    performance = closedLoop.performanceByTeam(TaskType.FOLLOW_UP_CALL, null, null);
  }

  public List<Team> getTeams() {
    return teams;
  }

  public List<TeamPerformance> getPerformance() {
    return performance;
  }

  /** Percent with no decimals, null when nothing is due yet. */
  public Long percent(Double share) {
    return share == null ? null : Math.round(share * 100);
  }
}
