package com.tierwise.organisation.scorecard;

import com.tierwise.closedloop.NpsAnalytics;
import com.tierwise.closedloop.NpsDimension;
import com.tierwise.closedloop.NpsFilter;
import com.tierwise.closedloop.TaskRepository;
import com.tierwise.closedloop.TaskType;
import com.tierwise.closedloop.TeamPerformance;
import com.tierwise.organisation.team.Organisation;
import com.tierwise.organisation.team.TeamRepository;
import com.tierwise.survey.SurveyDeliveryRepository;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Reads a quarter's scorecard on one connection (for the API and the executive CX report alike):
 * NPS by owner from {@link NpsAnalytics}, follow-up performance and call-back times from
 * {@link TaskRepository}, invitations by owner from {@link SurveyDeliveryRepository}, each added
 * up by team, against the stored owners and targets.
 */
public final class ScorecardReader {

  private final Connection connection;

  public ScorecardReader(Connection connection) {
    this.connection = connection;
  }

  public Scorecard read(Quarter quarter, Instant now) throws SQLException {
    Organisation organisation = new TeamRepository(connection).organisation();
    ScorecardRepository repository = new ScorecardRepository(connection);
    return Scorecard.compute(
        quarter,
        organisation.teamNames(),
        figures(quarter, organisation, now),
        figures(quarter.previous(), organisation, now),
        repository.owners(),
        repository.targets(quarter));
  }

  private TeamFigures figures(Quarter quarter, Organisation organisation, Instant now) throws SQLException {
    TaskRepository tasks = new TaskRepository(connection);
    return ScorecardFigures.of(
        organisation,
        new NpsAnalytics(connection).breakdown(NpsDimension.OWNER, new NpsFilter(null, null, quarter.start(), quarter.end())),
        TeamPerformance.of(tasks.performance(TaskType.FOLLOW_UP_CALL, quarter.start(), quarter.end(), now), organisation),
        tasks.callbackTimes(quarter.start(), quarter.end()),
        new SurveyDeliveryRepository(connection).figuresByOwner(quarter.start(), quarter.end()));
  }
}
