package com.tierwise.organisation.team;

import com.tierwise.platform.DataAccessFailure;
import com.tierwise.platform.RefusedException.Kind;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** Teams and reporting lines of the users: each call is one transaction. */
@Stateless
public class TeamService {

  private static final Logger LOG = Logger.getLogger(TeamService.class.getName());

  @Resource private DataSource dataSource;

  public Organisation organisation() {
    try (Connection connection = dataSource.getConnection()) {
      return new TeamRepository(connection).organisation();
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  /**
   * Sets a user's team, manager and mail address. The manager must be another existing user, and
   * the manager chain must not loop back to the user.
   */
  public Member place(String username, Placement requested, String by) throws TeamRefusedException {
    Placement placement = requested == null ? new Placement(null, null, null) : requested.normalised();
    try (Connection connection = dataSource.getConnection()) {
      TeamRepository repository = new TeamRepository(connection);
      repository.lockUsers();
      Organisation organisation = repository.organisation();
      if (organisation.member(username).isEmpty()) {
        throw new TeamRefusedException(Kind.NOT_FOUND, "No user \"" + username + "\"", List.of());
      }
      List<String> problems = new ArrayList<>(placement.problems());
      if (placement.manager() != null) {
        if (placement.manager().equals(username)) {
          problems.add("manager: a user cannot be their own manager");
        } else if (organisation.member(placement.manager()).isEmpty()) {
          problems.add("manager: no user \"" + placement.manager() + "\"");
        } else {
          Optional<List<String>> cycle = ManagerChain.cycle(organisation.managers(), username, placement.manager());
          cycle.ifPresent(chain -> problems.add("manager: the reporting line would go round in a circle: "
              + String.join(" → ", chain)));
        }
      }
      if (!problems.isEmpty()) {
        throw new TeamRefusedException(Kind.INVALID, "The placement of " + username + " is not valid; nothing was changed", problems);
      }
      repository.place(username, placement);
      LOG.info(() -> by + " placed " + username + " in team " + placement.team() + " under " + placement.manager());
      return repository.organisation().member(username).orElseThrow();
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }
}
