package com.tierwise.organisation.scorecard;

import com.tierwise.closedloop.CallbackTime;
import com.tierwise.closedloop.Nps;
import com.tierwise.closedloop.NpsGroup;
import com.tierwise.closedloop.TeamPerformance;
import com.tierwise.organisation.team.Organisation;
import com.tierwise.survey.InvitationFigures;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds up per-owner and per-assignee figures (from NPS analytics, closed-loop performance and the
 * survey invitations) into the teams of the scorecard. Owners and assignees that are no user or
 * have no team count for no team.
 */
public final class ScorecardFigures {

  private ScorecardFigures() {}

  public static TeamFigures of(
      Organisation organisation,
      List<NpsGroup> npsByOwner,
      List<TeamPerformance> followUps,
      List<CallbackTime> callbacks,
      List<InvitationFigures> invitations) {
    TeamFigures figures = new TeamFigures();
    Map<String, long[]> nps = new HashMap<>();
    for (NpsGroup group : npsByOwner) {
      long[] sum = nps.computeIfAbsent(organisation.teamOf(group.key()), k -> new long[3]);
      sum[0] += group.promoters();
      sum[1] += group.passives();
      sum[2] += group.detractors();
    }
    nps.forEach((team, sum) -> figures.put(CxMetric.NPS, team, Nps.of(sum[0], sum[1], sum[2]).nps()));
    for (TeamPerformance team : followUps) {
      figures.put(CxMetric.FOLLOW_UP_IN_TIME, team.team(), team.inTimeShare() == null ? null : 100 * team.inTimeShare());
    }
    Map<String, double[]> hours = new HashMap<>();
    for (CallbackTime time : callbacks) {
      double[] sum = hours.computeIfAbsent(organisation.teamOf(time.assignee()), k -> new double[2]);
      sum[0] += time.calls();
      sum[1] += time.hours();
    }
    hours.forEach((team, sum) -> figures.put(CxMetric.DETRACTOR_CALLBACK_HOURS, team, sum[0] == 0 ? null : sum[1] / sum[0]));
    Map<String, long[]> invited = new HashMap<>();
    for (InvitationFigures owner : invitations) {
      long[] sum = invited.computeIfAbsent(organisation.teamOf(owner.owner()), k -> new long[6]);
      sum[0] += owner.invited();
      sum[1] += owner.answered();
      sum[2] += owner.csatSum();
      sum[3] += owner.csatAnswers();
      sum[4] += owner.cesSum();
      sum[5] += owner.cesAnswers();
    }
    invited.forEach(
        (team, sum) -> {
          figures.put(CxMetric.INVITATION_RESPONSE_RATE, team, sum[0] == 0 ? null : 100.0 * sum[1] / sum[0]);
          figures.put(CxMetric.CSAT, team, sum[3] == 0 ? null : (double) sum[2] / sum[3]);
          figures.put(CxMetric.CES, team, sum[5] == 0 ? null : (double) sum[4] / sum[5]);
        });
    return figures;
  }
}
